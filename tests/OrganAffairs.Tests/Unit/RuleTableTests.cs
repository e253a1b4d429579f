using Microsoft.Data.Sqlite;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class RuleTableTests
{
    private sealed record Rule(string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Value) : IRuleVersion;

    private static readonly Rule[] Rules =
    [
        new("national", new(2014, 12, 1), null, "national"),
        new("320000", new(2020, 1, 1), new(2024, 12, 31), "jiangsu-2020"),
        new("320000", new(2025, 1, 1), null, "jiangsu-2025"),
        new("320100", new(2023, 6, 1), null, "nanjing"),
    ];

    [Theory]
    [InlineData("320102", "2019-12-31", "national")] // just before the province's rule
    [InlineData("320102", "2020-01-01", "jiangsu-2020")] // its first day
    [InlineData("320102", "2023-05-31", "jiangsu-2020")]
    [InlineData("320102", "2023-06-01", "nanjing")] // the city is more specific than the province
    [InlineData("320500", "2024-12-31", "jiangsu-2020")] // last day of a closed version
    [InlineData("320500", "2025-01-01", "jiangsu-2025")]
    [InlineData("440100", "2025-01-01", "national")] // another province
    [InlineData(null, "2025-01-01", "national")]
    public void The_most_specific_version_in_force_wins(string? division, string on, string expected) =>
        Assert.Equal(expected, RuleResolver.Resolve(Rules, division, DateOnly.Parse(on))!.Value);

    [Fact]
    public void Nothing_in_force_is_null_never_a_stale_rule() =>
        Assert.Null(RuleResolver.Resolve(Rules, "320102", new DateOnly(2014, 11, 30)));

    [Theory]
    [InlineData("320102", new[] { "320102", "320100", "320000", "national" })]
    [InlineData("320100", new[] { "320100", "320000", "national" })]
    [InlineData("320000", new[] { "320000", "national" })]
    [InlineData("12345", new[] { "national" })]
    [InlineData("002345", new[] { "national" })]
    public void Jurisdiction_chain(string code, string[] chain) => Assert.Equal(chain, Jurisdictions.ChainOf(code));
}

public sealed class RuleVersionPlanTests
{
    private sealed record Version(DateOnly EffectiveFrom, DateOnly? EffectiveTo) : IRuleVersion
    {
        public string Jurisdiction => Jurisdictions.National;
    }

    private static readonly Version Seeded = new(new(2014, 12, 1), null);
    private static readonly Version Scheduled = new(new(2030, 1, 1), null);

    [Fact]
    public void A_new_version_closes_the_one_in_force_the_day_before_and_is_bounded_by_a_later_one()
    {
        var plan = RuleVersionPlan<Version>.For([Seeded, Scheduled], new DateOnly(2027, 1, 1));
        Assert.False(plan.StartTaken);
        Assert.Equal([Seeded], plan.Superseded);
        Assert.Equal(new DateOnly(2026, 12, 31), plan.SupersededEndOn);
        Assert.Equal(new DateOnly(2029, 12, 31), plan.EffectiveTo);
    }

    [Fact]
    public void A_second_version_on_the_same_start_is_refused_and_a_closed_one_is_left_alone()
    {
        Assert.True(RuleVersionPlan<Version>.For([Seeded], new DateOnly(2014, 12, 1)).StartTaken);
        var closed = new Version(new(2014, 12, 1), new(2020, 12, 31));
        var plan = RuleVersionPlan<Version>.For([closed], new DateOnly(2021, 1, 1));
        Assert.Empty(plan.Superseded);
        Assert.Null(plan.EffectiveTo);
    }
}

/// <summary>The one helper every rule table adds versions through (docs/adr/0021), on an in-memory store.</summary>
public sealed class RuleTableHelperTests
{
    private sealed record Row(Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, long? Area) : IRuleRow;

    private sealed record Answer(Guid Id, DateOnly? EffectiveTo);

    private static readonly ErrorCode Exists = new("tests.version-exists", 409, "已存在。", "Exists.");
    private static readonly RuleTableDefinition<Row> Plain = RuleTableDefinition<Row>.Plain("tests_rule", "TestRule", Exists);
    private static readonly RuleTableDefinition<Row> Ceiling = RuleTableDefinition<Row>.Ceiling("tests_ceiling", "TestCeiling", Exists, ("area", r => r.Area));

    private static readonly DateOnly Seeded = new(2014, 12, 1);

    private sealed class Store(params Row[] rows)
    {
        public List<Row> Rows { get; } = [.. rows];
        public List<(Guid Id, DateOnly? To)> Ended { get; } = [];
        public Exception? InsertFails { get; init; }

        public RuleStore<Row> Of() => new(
            (jurisdictions, _) => Task.FromResult<IReadOnlyList<Row>>(Rows.Where(r => jurisdictions.Contains(r.Jurisdiction)).ToList()),
            (id, to, _) => { Ended.Add((id, to)); return Task.CompletedTask; },
            (row, _) => InsertFails is { } e ? Task.FromException(e) : Task.Run(() => Rows.Add(row)));
    }

    private static AuditTrail Audit() =>
        new(new UnitOfWork(new ConnectionFactory(new DatabaseOptions())), new CurrentPrincipal(), new IdGenerator(DatabaseProvider.Sqlite), TimeProvider.System);

    private static Task<Answer> AddAsync(RuleTableDefinition<Row> table, Store store, string jurisdiction, DateOnly from, long? area = 10, DateOnly? to = null) =>
        table.AddVersionAsync(store.Of(), Audit(), new NewRuleVersion(jurisdiction, from, to),
            effectiveTo => new Row(Guid.NewGuid(), jurisdiction, from, effectiveTo, area), r => new Answer(r.Id, r.EffectiveTo), CancellationToken.None);

    [Fact]
    public async Task The_version_in_force_ends_the_day_before_and_a_later_one_bounds_the_new_one()
    {
        var seeded = new Row(Guid.NewGuid(), "national", Seeded, null, 10);
        var scheduled = new Row(Guid.NewGuid(), "national", new(2030, 1, 1), null, 10);
        var elsewhere = new Row(Guid.NewGuid(), "320000", Seeded, null, 10);
        var store = new Store(seeded, scheduled, elsewhere);
        var answer = await AddAsync(Plain, store, "national", new(2027, 1, 1));
        Assert.Equal([(seeded.Id, (DateOnly?)new DateOnly(2026, 12, 31))], store.Ended);
        Assert.Equal(new DateOnly(2029, 12, 31), answer.EffectiveTo);
        Assert.Equal(new DateOnly(2029, 12, 31), store.Rows.Single(r => r.Id == answer.Id).EffectiveTo);
    }

    [Fact]
    public async Task A_requested_last_day_before_the_later_version_is_kept()
    {
        var store = new Store(new Row(Guid.NewGuid(), "national", new(2030, 1, 1), null, 10));
        Assert.Equal(new DateOnly(2027, 12, 31), (await AddAsync(Plain, store, "national", new(2027, 1, 1), to: new(2027, 12, 31))).EffectiveTo);
        Assert.Equal(new DateOnly(2029, 12, 31), (await AddAsync(Plain, store, "national", new(2028, 1, 1), to: new(2035, 12, 31))).EffectiveTo);
    }

    [Fact]
    public async Task A_second_version_on_the_same_start_is_the_tables_409_and_nothing_is_written()
    {
        var store = new Store(new Row(Guid.NewGuid(), "national", Seeded, null, 10));
        var refused = await Assert.ThrowsAsync<ProblemException>(() => AddAsync(Plain, store, "national", Seeded));
        Assert.Same(Exists, refused.Error);
        Assert.Empty(store.Ended);
        Assert.Single(store.Rows);
    }

    [Fact]
    public async Task A_parallel_insert_on_the_same_start_is_the_same_409()
    {
        var store = new Store { InsertFails = new SqliteException("UNIQUE constraint failed", 19, 2067) };
        Assert.Same(Exists, (await Assert.ThrowsAsync<ProblemException>(() => AddAsync(Plain, store, "national", Seeded))).Error);
    }

    [Theory]
    [InlineData(2401L, true)]    // just outside the national 24.00
    [InlineData(null, true)]     // no limit where one is set
    [InlineData(2400L, false)]   // equal: not looser
    [InlineData(2399L, false)]   // just inside
    public async Task A_local_version_of_a_ceiling_may_only_tighten(long? area, bool refused)
    {
        var store = new Store(new Row(Guid.NewGuid(), "national", Seeded, null, 2400), new Row(Guid.NewGuid(), "320000", new(2040, 1, 1), null, 2000));
        var adding = AddAsync(Ceiling, store, "320100", new(2030, 1, 1), area);
        if (refused)
        {
            var problem = await Assert.ThrowsAsync<ProblemException>(() => adding);
            Assert.Equal(("rules.looser-than-ceiling", 422), (problem.Error.Code, problem.Error.Status));
            Assert.Equal(["area"], problem.FieldErrors.Select(f => f.Field));
            Assert.Equal(2, store.Rows.Count);
        }
        else
        {
            await adding;
            Assert.Equal(3, store.Rows.Count);
        }
    }

    [Fact]
    public async Task A_table_without_direction_takes_any_local_value_and_a_national_ceiling_version_any_value()
    {
        var store = new Store(new Row(Guid.NewGuid(), "national", Seeded, null, 2400));
        await AddAsync(Plain, store, "320100", new(2030, 1, 1), 9999);
        await AddAsync(Ceiling, store, "national", new(2031, 1, 1), 9999);
        Assert.Equal(3, store.Rows.Count);
    }

    [Fact]
    public void The_effective_version_of_a_ceiling_is_the_strictest_along_the_chain_and_a_tie_goes_to_the_most_specific()
    {
        var national = new Row(Guid.NewGuid(), "national", Seeded, new(2040, 12, 31), 2400);
        var tighter = new Row(Guid.NewGuid(), "national", new(2041, 1, 1), null, 2000);
        var local = new Row(Guid.NewGuid(), "320100", new(2040, 1, 1), null, 2400);
        var other = new Row(Guid.NewGuid(), "330100", new(2040, 1, 1), null, 1000);
        Row[] versions = [national, tighter, local, other];
        Assert.Same(local, Ceiling.Effective(versions, "320102", new(2040, 6, 1)));
        Assert.Same(tighter, Ceiling.Effective(versions, "320102", new(2041, 6, 1)));
        Assert.Same(national, Ceiling.Effective(versions, "320102", new(2039, 6, 1)));
        Assert.Null(Ceiling.Effective(versions, "320102", new(2014, 11, 30)));
        // Without a direction the most specific version applies, even when the national one is lower.
        Assert.Same(local, Plain.Effective(versions, "320102", new(2041, 6, 1)));
        Assert.Equal(2000, Ceiling.EffectiveLimit(versions, "320102", new(2041, 6, 1), "area"));
        Assert.Equal(2400, Ceiling.EffectiveLimit(versions, "320102", new(2040, 6, 1), "area"));
    }

    [Fact]
    public void A_ceiling_names_its_limits() =>
        Assert.Throws<ArgumentException>(() => RuleTableDefinition<Row>.Ceiling("tests_ceiling", "TestCeiling", Exists));
}
