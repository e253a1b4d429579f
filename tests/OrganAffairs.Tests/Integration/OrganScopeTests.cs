using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// Until authentication exists, a test-only filter sets the principal from a header, to show that the
/// organ-scope seam already keeps an ordinary organ to its own rows with 404s, never leaks.
/// </summary>
public abstract class OrganScopeTests(ApiFixture fixture)
{
    private sealed class PrincipalFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (Guid.TryParse(context.Request.Headers["X-Test-Organ"], out var organ))
                {
                    context.RequestServices.GetRequiredService<CurrentPrincipal>().Set("organ-user", organ, seesAllOrgans: false);
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_only_itself_and_gets_404_for_others()
    {
        var client = fixture.CreateFactory(services: s => s.AddTransient<IStartupFilter, PrincipalFromHeader>()).CreateClient();
        var mine = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var other = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        client.DefaultRequestHeaders.Add("X-Test-Organ", mine.Id.ToString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/organs/{mine.Id}")).StatusCode);
        await (await client.GetAsync($"/api/v1/organs/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        var list = await (await client.GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(mine.Id, Assert.Single(list.Items).Id);
        // Referring to an invisible organ is the same 400 as referring to a missing one.
        var problem = await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "王五", organId = other.Id, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:organs.organ-ref-not-found", problem.FieldErrors());
    }
}
