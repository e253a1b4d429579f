using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The violation events (DESIGN "Violations across duties") and the one helper that publishes them.</summary>
public sealed class ViolationEventTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 1, 2, 3, TimeSpan.Zero);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"oa-violations-{Guid.NewGuid():N}.db");
    private UnitOfWork _uow = null!;
    private OutboxBuffer _outbox = null!;
    private Violations _violations = null!;

    private static readonly Violation Office = new(
        Guid.Parse("0191a3c4-0000-7000-8000-000000000001"), Guid.Parse("0191a3c4-0000-7000-8000-000000000002"), "320102",
        Duty.Buildings, "buildings.over-standard-office", Guid.Parse("0191a3c4-0000-7000-8000-000000000003"), "B1", Guid.Parse("0191a3c4-0000-7000-8000-000000000004"));

    public async Task InitializeAsync()
    {
        TypeHandlers.Register();
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" };
        _uow = new UnitOfWork(new ConnectionFactory(options));
        var time = new FakeTimeProvider(Now);
        var ids = new IdGenerator(DatabaseProvider.Sqlite);
        _outbox = new OutboxBuffer(_uow, ids, time);
        var dialect = new SqlDialect(DatabaseProvider.Sqlite);
        _violations = new Violations(_outbox, ids, new BusinessClock(time, new BusinessTimeOptions()), _uow, dialect,
            new OrganDirectory(_uow, dialect, new BureauJurisdictions(time)));
        var connection = await _uow.ConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            CREATE TABLE shared_outbox (id TEXT PRIMARY KEY, type TEXT NOT NULL, payload TEXT NOT NULL, occurred_at TEXT NOT NULL,
                next_attempt_at TEXT NOT NULL, attempts INTEGER NOT NULL, trace_parent TEXT)
            """);
    }

    public async Task DisposeAsync()
    {
        await _uow.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task Open_and_close_write_one_outbox_row_each_in_the_callers_transaction()
    {
        await _uow.BeginAsync(CancellationToken.None);
        var opened = _violations.Open(Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 4, 3));
        var closed = _violations.Close(Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 20), ViolationCloseReason.Corrected, "  已腾退  ");
        Assert.True(await _outbox.FlushAsync(CancellationToken.None));
        await _uow.CommitAsync(CancellationToken.None);

        var rows = (await _uow.Connection.QueryAsync<(string Type, string Payload, string OccurredAt)>(
            "SELECT type, payload, occurred_at FROM shared_outbox ORDER BY type DESC")).ToList();
        Assert.Equal(["OrganAffairs.Contracts.Violations.ViolationOpened", "OrganAffairs.Contracts.Violations.ViolationClosed"], rows.Select(r => r.Type));
        Assert.All(rows, r => Assert.Equal(Now, DateTimeOffset.Parse(r.OccurredAt, System.Globalization.CultureInfo.InvariantCulture)));

        // The payload is what the dispatcher reads back: the very events the helper returned.
        Assert.Equal(opened, JsonSerializer.Deserialize(rows[0].Payload, OutboxTypes.Resolve(rows[0].Type)!, OutboxBuffer.Json));
        Assert.Equal(closed, JsonSerializer.Deserialize(rows[1].Payload, OutboxTypes.Resolve(rows[1].Type)!, OutboxBuffer.Json));
        Assert.Equal("已腾退", closed.Note);
        Assert.NotEqual(opened.EventId, closed.EventId);

        var payload = JsonDocument.Parse(rows[0].Payload).RootElement;
        Assert.Equal("Buildings", payload.GetProperty("violation").GetProperty("duty").GetString());
        Assert.Equal("buildings.over-standard-office", payload.GetProperty("violation").GetProperty("kind").GetString());
        Assert.Equal("B1", payload.GetProperty("violation").GetProperty("ruleId").GetString());
        Assert.Equal("2030-03-04", payload.GetProperty("openedOn").GetString());
        Assert.Equal("2030-04-03", payload.GetProperty("dueOn").GetString());
        Assert.Equal("Corrected", JsonDocument.Parse(rows[1].Payload).RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_retried_unit_of_work_starts_without_the_events_of_the_failed_attempt()
    {
        // The Transaction behaviour resets the buffer before each attempt: what a failed attempt enqueued is gone.
        _violations.Open(Office, new DateOnly(2030, 3, 4), null);
        _outbox.Reset();
        await _uow.BeginAsync(CancellationToken.None);
        Assert.False(await _outbox.FlushAsync(CancellationToken.None));
        await _uow.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public void Every_event_shape_survives_a_round_trip_by_name()
    {
        var eventId = Guid.Parse("0191a3c4-0000-7000-8000-0000000000aa");
        var noDeadline = new ViolationOpened(eventId, Now, Office with { Duty = Duty.ForeignAffairs, Kind = "foreign-affairs.delegation-too-large", RuleVersionId = null },
            new DateOnly(2030, 3, 4), null);
        var closed = new ViolationClosed(eventId, Now, Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 5), ViolationCloseReason.Withdrawn, null);
        var page = new OpenViolationsPage([new OpenViolation(Office, new DateOnly(2030, 3, 4), null)], Office.ViolationId);

        Assert.Equal(noDeadline, RoundTrip(noDeadline));
        Assert.Equal(closed, RoundTrip(closed));
        var pageBack = RoundTrip(page);
        Assert.Equal(page.NextAfter, pageBack.NextAfter);
        Assert.Equal(page.Items, pageBack.Items);
        // Enums travel by name, so renumbering a duty never changes what a stored event means.
        var json = JsonSerializer.Serialize(noDeadline, OutboxBuffer.Json);
        Assert.Contains("\"duty\":\"ForeignAffairs\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dueOn\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"Withdrawn\"", JsonSerializer.Serialize(closed, OutboxBuffer.Json), StringComparison.Ordinal);
        Assert.Equal(typeof(ViolationOpened), OutboxTypes.Resolve(OutboxTypes.NameOf(typeof(ViolationOpened))));
        Assert.Equal(typeof(ViolationClosed), OutboxTypes.Resolve(OutboxTypes.NameOf(typeof(ViolationClosed))));
    }

    [Theory]
    [InlineData(Duty.Buildings, "buildings")]
    [InlineData(Duty.ForeignAffairs, "foreign-affairs")]
    [InlineData(Duty.Costs, "costs")]
    public void A_kind_starts_with_its_duty_in_kebab_case(Duty duty, string prefix) => Assert.Equal(prefix, Violations.KindPrefix(duty));

    private static Violation Broken(string how) => how switch
    {
        "kind of another duty" => Office with { Kind = "vehicles.over-quota" },
        "kind not kebab" => Office with { Kind = "buildings.Over_Standard" },
        "kind without a name" => Office with { Kind = "buildings" },
        "division national" => Office with { DivisionCode = "national" },
        "rule id" => Office with { RuleId = "rule 1" },
        "empty violation id" => Office with { ViolationId = Guid.Empty },
        "empty organ id" => Office with { OrganId = Guid.Empty },
        "empty subject id" => Office with { SubjectId = Guid.Empty },
        "empty rule version" => Office with { RuleVersionId = Guid.Empty },
        "unknown duty" => Office with { Duty = (Duty)99 },
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    [Theory]
    [InlineData("kind of another duty", "kind")]
    [InlineData("kind not kebab", "kind")]
    [InlineData("kind without a name", "kind")]
    [InlineData("division national", "divisionCode")]
    [InlineData("rule id", "ruleId")]
    [InlineData("empty violation id", "violationId")]
    [InlineData("empty organ id", "organId")]
    [InlineData("empty subject id", "subjectId")]
    [InlineData("empty rule version", "ruleVersionId")]
    [InlineData("unknown duty", "duty")]
    public async Task A_malformed_violation_is_the_callers_bug_and_writes_nothing(string how, string member)
    {
        var violation = Broken(how);
        var error = Assert.Throws<ArgumentException>(() => _violations.Open(violation, new DateOnly(2030, 3, 4), null));
        Assert.Contains(member, error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _violations.Close(violation, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 4), ViolationCloseReason.Corrected));
        await _uow.BeginAsync(CancellationToken.None);
        Assert.False(await _outbox.FlushAsync(CancellationToken.None));
        await _uow.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public void Dates_must_follow_each_other()
    {
        Assert.Throws<ArgumentException>(() => _violations.Open(Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 3)));
        Assert.Throws<ArgumentException>(() => _violations.Close(Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 3), ViolationCloseReason.Corrected));
        Assert.Throws<ArgumentException>(() => _violations.Close(Office, new DateOnly(2030, 3, 4), new DateOnly(2030, 3, 5), (ViolationCloseReason)0));
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, OutboxBuffer.Json), OutboxBuffer.Json)!;
}
