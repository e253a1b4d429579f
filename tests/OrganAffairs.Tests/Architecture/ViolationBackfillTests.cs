using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Support;
using Xunit;

namespace OrganAffairs.Tests.Architecture;

/// <summary>A planted backfill query no dashboard source loads (the rule must find it).</summary>
public sealed record ListOpenPlantedViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);

/// <summary>
/// The violations dashboard loads every source once (DESIGN "New consumers of old events"): each backfill query a
/// Contracts folder declares must be in <see cref="ViolationSources"/>, or that module's violations found before the
/// dashboard's first start would be missing from it.
/// </summary>
public sealed class ViolationBackfillTests
{
    /// <summary>The concrete <see cref="ListOpenViolations"/> queries among <paramref name="types"/> that no source of the dashboard sends.</summary>
    private static IReadOnlyList<string> QueriesNotBackfilled(IEnumerable<Type> types)
    {
        var backfilled = ViolationSources.All.Values.Select(page => page(null, 1).GetType()).ToHashSet();
        return types
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ListOpenViolations).IsAssignableFrom(t) && !backfilled.Contains(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Every_backfill_query_in_Contracts_is_a_source_of_the_dashboard() =>
        Assert.Empty(QueriesNotBackfilled(typeof(ListOpenViolations).Assembly.GetTypes()));

    [Fact]
    public void The_rule_finds_a_planted_query_that_is_not_backfilled() =>
        Assert.Equal([typeof(ListOpenPlantedViolations).FullName!], QueriesNotBackfilled(typeof(ViolationBackfillTests).Assembly.GetTypes().Where(t => t.Namespace == typeof(ViolationBackfillTests).Namespace)));

    [Fact]
    public void Each_source_sends_its_own_query() =>
        Assert.Equal(ViolationSources.All.Count, ViolationSources.All.Values.Select(page => page(null, 1).GetType()).Distinct().Count());
}
