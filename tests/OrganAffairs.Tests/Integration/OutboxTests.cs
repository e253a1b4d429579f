using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>Records which host handled which event, across every host in the test process.</summary>
public sealed class EventLog
{
    public static readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> Handled = new();
}

public sealed record HostTag(string Name);

public sealed class RecordingHandler(HostTag host) : INotificationHandler<StaffTransferred>, INotificationHandler<StaffRetired>
{
    public Task Handle(StaffTransferred notification, CancellationToken cancellationToken) => Record(notification.EventId);

    public Task Handle(StaffRetired notification, CancellationToken cancellationToken) => Record(notification.EventId);

    private Task Record(Guid eventId)
    {
        EventLog.Handled.GetOrAdd(eventId, _ => new ConcurrentQueue<string>()).Enqueue(host.Name);
        return Task.CompletedTask;
    }
}

public abstract class OutboxTests(ApiFixture fixture)
{
    private static Action<IServiceCollection> Recording(string host) => services =>
    {
        services.AddSingleton(new HostTag(host));
        services.AddTransient<INotificationHandler<StaffTransferred>, RecordingHandler>();
        services.AddTransient<INotificationHandler<StaffRetired>, RecordingHandler>();
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }

    [ProviderFact]
    public async Task An_event_committed_before_a_crash_is_dispatched_on_the_next_start()
    {
        // Host A commits the change and its outbox row, but its dispatcher never runs: a crash after commit.
        using var crashed = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var client = fixture.ClientFor(crashed);
        var organ = await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var member = await (await client.PostJsonAsync("/api/v1/organs/staff",
            new { name = "李四", organId = organ.Id, rankCode = "BelowBureau", startedOn = "2021-01-01" })).ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/organs/staff/{member.Id}/retire", new { effectiveOn = "2026-12-01" })).ReadAsync<StaffMemberResponse>();
        crashed.Dispose();

        Guid eventId;
        await using (var connection = fixture.OpenConnection())
        {
            var payload = await connection.QuerySingleAsync<string>(
                "SELECT payload FROM shared_outbox WHERE dispatched_at IS NULL AND payload LIKE @P", new { P = $"%{member.Id}%" });
            eventId = JsonDocument.Parse(payload).RootElement.GetProperty("eventId").GetGuid();
        }
        Assert.False(EventLog.Handled.ContainsKey(eventId));

        // Host B starts on the same database and delivers it.
        using var restarted = fixture.CreateFactory(services: Recording("restarted"));
        restarted.CreateClient();
        await WaitUntilAsync(() => Task.FromResult(EventLog.Handled.ContainsKey(eventId)), "the event to be handled");
        await WaitUntilAsync(async () => await fixture.CountAsync("shared_outbox", "dispatched_at IS NOT NULL AND payload LIKE @P", new { P = $"%{member.Id}%" }) == 1,
            "the row to be marked dispatched");
        Assert.Equal(["restarted"], EventLog.Handled[eventId]);
    }

    [ProviderFact]
    public async Task Two_host_instances_dispatch_each_row_exactly_once()
    {
        const int count = 150;
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var now = DateTimeOffset.UtcNow;
        await using (var connection = fixture.OpenConnection())
        {
            foreach (var eventId in ids)
            {
                var e = new StaffRetired(eventId, now, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 12, 1));
                await connection.ExecuteAsync(
                    "INSERT INTO shared_outbox (id, type, payload, occurred_at, next_attempt_at, attempts) VALUES (@Id, @Type, @Payload, @Now, @Now, 0)",
                    new { Id = Guid.NewGuid(), Type = typeof(StaffRetired).FullName, Payload = JsonSerializer.Serialize(e, new JsonSerializerOptions(JsonSerializerDefaults.Web)), Now = now });
            }
        }
        var small = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "5" };
        using var a = fixture.CreateFactory(small, Recording("A"));
        using var b = fixture.CreateFactory(small, Recording("B"));
        // Starting both servers starts both dispatchers.
        a.CreateClient();
        b.CreateClient();

        await WaitUntilAsync(() => Task.FromResult(ids.All(EventLog.Handled.ContainsKey)), "every event to be handled");
        await WaitUntilAsync(async () => await fixture.CountAsync("shared_outbox", "dispatched_at IS NULL") == 0, "every row to be marked");
        await Task.Delay(500); // a double delivery would show up now
        Assert.All(ids, id => Assert.Single(EventLog.Handled[id]));
        var byHost = ids.GroupBy(id => EventLog.Handled[id].Single()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(count, byHost.Values.Sum());
    }
}
