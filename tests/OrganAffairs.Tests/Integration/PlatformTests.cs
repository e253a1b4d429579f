using Microsoft.Extensions.DependencyInjection;
using System.Net;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class PlatformTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [ProviderFact]
    public async Task Health_endpoints_answer_200()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>
    /// Hosted services start beside the server (ADR 0055): until all have started, API requests are 503 with
    /// Retry-After and readiness is unhealthy; liveness and the document answer. Here the gate is held shut by
    /// leaving out its opener, then opened by hand.
    /// </summary>
    [ProviderFact]
    public async Task Until_every_hosted_service_has_started_the_api_is_503_and_not_ready()
    {
        await using var factory = fixture.CreateFactory(services: s =>
            s.Remove(s.Single(d => d.ImplementationType == typeof(OrganAffairs.Shared.Hosting.StartupGateOpener))));
        var client = fixture.ClientFor(factory);
        var starting = await client.GetAsync("/api/v1/organs");
        await starting.ProblemAsync(HttpStatusCode.ServiceUnavailable, "service.starting");
        Assert.Equal(TimeSpan.FromSeconds(1), starting.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode);

        factory.Services.GetRequiredService<OrganAffairs.Shared.Hosting.StartupGate>().Open();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [ProviderFact]
    public async Task Every_module_has_its_own_schema_version_table()
    {
        Assert.Equal(5, await fixture.CountAsync("shared_schema_version"));
        Assert.Equal(7, await fixture.CountAsync("organs_schema_version"));
    }

    [ProviderFact]
    public async Task Problems_speak_chinese_by_default_and_english_on_request()
    {
        var zh = await (await Client.GetAsync($"/api/v1/organs/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        Assert.Equal("机关不存在。", zh.GetProperty("title").GetString());
        var request = Http.Request(HttpMethod.Get, $"/api/v1/organs/{Guid.NewGuid()}", language: "en-US");
        var en = await (await Client.SendAsync(request)).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        Assert.Equal("The organ does not exist.", en.GetProperty("title").GetString());
    }

    [ProviderFact]
    public async Task Unknown_routes_and_methods_are_problems()
    {
        await (await Client.GetAsync("/api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound, "route.not-found");
        await (await Client.DeleteAsync($"/api/v1/organs/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.MethodNotAllowed, "route.method-not-allowed");
        var text = new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain");
        await (await Client.PostAsync("/api/v1/organs", text)).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
    }
}
