using System.Diagnostics;
using System.Net;
using OpenTelemetry.Trace;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// OpenTelemetry (docs/adr/0036): one request's spans, read with an in-memory exporter. The request carries
/// its own traceparent, so spans of other Hosts in the test process (listeners are process-wide) are told
/// apart by trace id.
/// </summary>
public abstract class TelemetryTests(ApiFixture fixture)
{
    [ProviderFact]
    public async Task A_request_is_traced_through_its_command_and_the_outbox_dispatch_links_back_to_it()
    {
        var spans = new List<Activity>();
        using var factory = fixture.CreateFactory(
            new Dictionary<string, string?> { ["OpenTelemetry:Enabled"] = "true" },
            services => services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        var client = fixture.ClientFor(factory);
        var organ = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var member = await (await client.PostJsonAsync("/api/v1/organs/staff",
            new { name = "李四", organId = organ.Id, rankCode = "BelowBureau", startedOn = "2021-01-01" })).ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

        var traceId = ActivityTraceId.CreateRandom();
        var request = Http.Request(HttpMethod.Post, $"/api/v1/organs/staff/{member.Id}/retire", "{\"effectiveOn\":\"2026-12-01\"}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        await (await client.SendAsync(request)).ReadAsync<StaffMemberResponse>();

        // The StaffRetired event is dispatched by whichever Host claims it first; its span links to this trace.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Activity? dispatch = null;
        while (dispatch is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no outbox dispatch span linked to the request");
            await Task.Delay(100);
            lock (spans)
            {
                dispatch = spans.FirstOrDefault(s => s.DisplayName == "outbox dispatch " + nameof(StaffRetired) && s.Links.Any(l => l.Context.TraceId == traceId));
            }
        }
        List<Activity> ours;
        lock (spans)
        {
            ours = spans.Where(s => s.TraceId == traceId).ToList();
        }
        var server = Assert.Single(ours, s => s.Kind == ActivityKind.Server);
        var command = Assert.Single(ours, s => s.DisplayName == "RetireStaffMemberCommand");
        Assert.Equal(server.SpanId, command.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, dispatch.Kind);
        Assert.NotEqual(traceId, dispatch.TraceId);
        if (fixture.Provider == OrganAffairs.Shared.Data.DatabaseProvider.PostgreSql)
        {
            // Npgsql's own spans sit under the command: the statements of this request, nothing else's.
            Assert.Contains(ours, s => s.Kind == ActivityKind.Client && s.Source.Name == "Npgsql");
        }
    }

    [ProviderFact]
    public async Task Without_an_endpoint_nothing_is_traced()
    {
        using var factory = fixture.CreateFactory();
        Assert.Null(factory.Services.GetService(typeof(TracerProvider)));
        await Task.CompletedTask;
    }
}
