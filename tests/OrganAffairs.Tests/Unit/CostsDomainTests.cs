using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The Costs rules at their boundaries: T1 (no transfer in), warnings and over-budget, T3 (20 days), T4 (threshold).</summary>
public sealed class CostsDomainTests
{
    [Theory]
    [InlineData(600, 400, 600, 400, false)]   // unchanged
    [InlineData(600, 400, 500, 400, false)]   // a reduction
    [InlineData(600, 400, 1000, 0, false)]    // a shift inside the line
    [InlineData(600, 400, 600, 401, true)]    // one fen more: a transfer in (T1)
    [InlineData(0, 0, 1, 0, true)]
    public void A_rise_of_a_lines_total_is_a_transfer_in(long basic, long project, long newBasic, long newProject, bool transferIn) =>
        Assert.Equal(transferIn, BudgetRules.IsTransferIn(basic, project, newBasic, newProject));

    [Theory]
    [InlineData(79_999, 100_000, 80, false, false)]
    [InlineData(80_000, 100_000, 80, true, false)]
    [InlineData(100_000, 100_000, 80, true, false)]
    [InlineData(100_001, 100_000, 80, true, true)]
    [InlineData(1, 0, 80, true, true)]
    [InlineData(0, 0, 80, false, false)]
    public void Actuals_warn_at_the_share_and_are_over_above_the_budget(long actual, long budget, int percent, bool warns, bool over) =>
        Assert.Equal((warns, over), (BudgetRules.Warns(actual, budget, percent), BudgetRules.IsOver(actual, budget)));

    [Fact]
    public void A_pack_is_due_on_day_20_after_its_approval_and_overdue_from_day_21()
    {
        var due = DisclosureRules.DueOn(new DateOnly(2026, 2, 10), 20);
        Assert.Equal(new DateOnly(2026, 3, 2), due);
        Assert.False(DisclosureRules.IsOverdue(due, new DateOnly(2026, 3, 2), null));
        Assert.True(DisclosureRules.IsOverdue(due, new DateOnly(2026, 3, 3), null));
        Assert.False(DisclosureRules.IsOverdue(due, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 2)));
        Assert.True(DisclosureRules.IsOverdue(due, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3)));
    }

    [Theory]
    [InlineData(100_000, 110_000, false)]    // +10 %: at the threshold, no reason
    [InlineData(100_000, 110_001, true)]     // beyond it
    [InlineData(100_000, 89_999, true)]      // a fall beyond it
    [InlineData(0, 0, false)]
    [InlineData(0, 1, true)]                 // from nothing
    public void A_change_beyond_the_threshold_needs_a_reason(long previous, long current, bool needs) =>
        Assert.Equal(needs, DisclosureRules.NeedsReason(previous, current, 10m));

    private static ReconciledItem Item(int id, long fen, CostSource source = CostSource.Vehicles, CostLine line = CostLine.VehicleOperation) =>
        new(new Guid(id, 0, 0, new byte[8]), source, new Guid(id, 0, 0, new byte[8]), null, Guid.Empty, line, fen, new DateOnly(2026, 1, 1));

    [Fact]
    public void The_reconciliation_matches_on_entry_id_to_the_fen_and_compares_only_reconciled_sources()
    {
        var reconciled = new HashSet<CostSource> { CostSource.Vehicles };
        var source = new[] { Item(1, 100), Item(2, 200), Item(3, 300), Item(3, 300), Item(6, 50, line: CostLine.VehiclePurchase) };
        var ledger = new[] { Item(1, 100), Item(2, 199), Item(4, 400), Item(5, 500, CostSource.Reception, CostLine.Reception), Item(6, 50) };
        var differences = ReconciliationRules.Compare(source, ledger, reconciled);
        Assert.Equal(
            [
                (ReconciliationDifferenceKind.AmountDiffers, 6),    // same amount, another line (listed under the source's line)
                (ReconciliationDifferenceKind.MissingInCosts, 3),   // a duplicate source item is one difference
                (ReconciliationDifferenceKind.AmountDiffers, 2),    // one fen apart
                (ReconciliationDifferenceKind.MissingInSource, 4),  // Reception's entry 5 is not compared
            ],
            differences.Select(d => (d.Kind, BitConverter.ToInt32(d.Item.EntryId.ToByteArray(), 0))));
        Assert.Empty(ReconciliationRules.Compare(source.Take(1), ledger.Take(1), reconciled));
    }
    [Theory]
    [InlineData(1_900_050, 2, 950_025L)]
    [InlineData(5, 2, 3L)]
    [InlineData(4, 3, 1L)]
    [InlineData(-5, 2, -3L)]
    [InlineData(100, 0, null)]
    public void Per_person_rounds_half_away_from_zero_to_the_fen(long totalFen, int staff, long? expected) =>
        Assert.Equal(expected, OperatingCostRules.PerPersonFen(totalFen, staff));

    [Theory]
    [InlineData(1_900_050, 4_050, 46_915L)] // 46,914.81…
    [InlineData(150, 20_000, 1L)]           // 0.75 fen/m² → 1
    [InlineData(149, 30_000, 0L)]           // 0.4966… → 0
    [InlineData(100, 0, null)]
    public void Per_square_metre_divides_by_centi_square_metres(long totalFen, long areaCenti, long? expected) =>
        Assert.Equal(expected, OperatingCostRules.PerSquareMetreFen(totalFen, areaCenti));

    [Fact]
    public void An_area_in_square_metres_is_kept_in_centi_square_metres() =>
        Assert.Equal((4_050L, 1L, 2L), (OperatingCostRules.AreaCenti(40.50m), OperatingCostRules.AreaCenti(0.005m), OperatingCostRules.AreaCenti(0.015m)));
}
