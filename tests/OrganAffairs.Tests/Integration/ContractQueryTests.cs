using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>The queries other modules send through Contracts, answered by the Organs module.</summary>
public abstract class ContractQueryTests(ApiFixture fixture)
{
    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        // As a module's background handler would: the system principal sees every organ.
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    [ProviderFact]
    public async Task Other_modules_read_organs_staff_and_subordinates_through_contracts()
    {
        var client = fixture.Client;
        var top = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var child = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ(parentId: top.Id))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var grandchild = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ(parentId: child.Id))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var member = await (await client.PostJsonAsync("/api/v1/organs/staff",
            new { name = "赵六", organId = top.Id, rankCode = "MunicipalDeputy", startedOn = "2022-01-01" })).ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/organs/staff/{member.Id}/concurrent-posts", new { organId = child.Id, startedOn = "2023-01-01" })).ReadAsync<StaffMemberResponse>();

        var organ = await SendAsync(new GetOrganQuery(top.Id));
        Assert.Equal(top.Name, organ!.Name);
        Assert.Equal(AdministrativeLevel.Municipal, organ.Level);
        Assert.Null(await SendAsync(new GetOrganQuery(Guid.NewGuid())));

        var summary = await SendAsync(new GetStaffMemberQuery(member.Id));
        Assert.Equal("市级副职", summary!.RankNameZh);
        Assert.True(summary.IsLeader);
        Assert.Equal([child.Id], summary.ConcurrentPostOrganIds);
        Assert.Null(await SendAsync(new GetStaffMemberQuery(Guid.NewGuid())));

        Assert.Equal([child.Id], (await SendAsync(new ListSubordinateOrgansQuery(top.Id, IncludeDescendants: false))).Select(o => o.Id));
        Assert.Equal([child.Id, grandchild.Id], (await SendAsync(new ListSubordinateOrgansQuery(top.Id, IncludeDescendants: true))).Select(o => o.Id));
    }

    [ProviderFact]
    public async Task Organs_are_read_in_bulk_in_one_query_past_every_providers_parameter_limit()
    {
        var client = fixture.Client;
        var first = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var second = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        // 2,500 ids (SQL Server takes 2,100 parameters a command): the known ones come back wherever they sit, the rest are absent.
        var ids = Enumerable.Range(0, 2_498).Select(_ => Guid.NewGuid()).Append(first.Id).Prepend(second.Id).ToList();
        var found = await SendAsync(new GetOrgansByIdQuery(ids));
        Assert.Equal(new[] { first.Id, second.Id }.Order(), found.Keys.Order());
        Assert.Equal(first.Name, found[first.Id].Name);
        Assert.Empty(await SendAsync(new GetOrgansByIdQuery([])));

        // A principal of an ordinary organ gets only its own: another organ is absent, as an unknown id is.
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().Set("test-key", null, first.Id, seesAllOrgans: false);
        var own = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetOrgansByIdQuery([first.Id, second.Id]));
        Assert.Equal([first.Id], own.Keys);
    }
}
