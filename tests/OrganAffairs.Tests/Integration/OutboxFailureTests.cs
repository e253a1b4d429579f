using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>A handler that fails for the events a test names.</summary>
public sealed class FailingHandler : INotificationHandler<StaffRetired>
{
    public static readonly ConcurrentDictionary<Guid, bool> FailFor = new();

    public Task Handle(StaffRetired notification, CancellationToken cancellationToken) =>
        FailFor.ContainsKey(notification.EventId)
            ? throw new InvalidOperationException($"planted failure for {notification.EventId}")
            : Task.CompletedTask;
}

/// <summary>An event whose handler fails is kept with its error and backed off; after MaxAttempts it is parked for an operator.</summary>
public abstract class OutboxFailureTests(ApiFixture fixture)
{
    private sealed class OutboxState
    {
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset NextAttemptAt { get; init; }
        public DateTimeOffset? DispatchedAt { get; init; }
    }

    [ProviderFact]
    public async Task A_failing_event_keeps_its_error_and_is_parked_after_max_attempts()
    {
        var eventId = Guid.NewGuid();
        var rowId = Guid.NewGuid();
        FailingHandler.FailFor[eventId] = true;
        var now = DateTimeOffset.UtcNow;
        var e = new StaffRetired(eventId, now, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 12, 1));
        await using (var connection = fixture.OpenConnection())
        {
            await connection.ExecuteAsync(
                "INSERT INTO shared_outbox (id, type, payload, occurred_at, next_attempt_at, attempts) VALUES (@Id, @Type, @Payload, @Now, @Now, 0)",
                new { Id = rowId, Type = typeof(StaffRetired).FullName, Payload = JsonSerializer.Serialize(e, new JsonSerializerOptions(JsonSerializerDefaults.Web)), Now = now });
        }

        using var host = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1" },
            services => services.AddTransient<INotificationHandler<StaffRetired>, FailingHandler>());
        host.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        OutboxState state;
        while (true)
        {
            await using var connection = fixture.OpenConnection();
            state = await connection.QuerySingleAsync<OutboxState>(
                "SELECT attempts, last_error, next_attempt_at, dispatched_at FROM shared_outbox WHERE id = @Id", new { Id = rowId });
            if (state.Attempts > 0)
            {
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the failed attempt to be recorded");
            await Task.Delay(100);
        }

        Assert.Equal(1, state.Attempts);
        Assert.Null(state.DispatchedAt);
        Assert.Contains("planted failure", state.LastError);
        Assert.Equal(9000, state.NextAttemptAt.Year);
    }
}

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OutboxFailureTests_Sqlite(SqliteApiFixture fixture) : OutboxFailureTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OutboxFailureTests_PostgreSql(PostgreSqlApiFixture fixture) : OutboxFailureTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OutboxFailureTests_SqlServer(SqlServerApiFixture fixture) : OutboxFailureTests(fixture), IClassFixture<SqlServerApiFixture>;
