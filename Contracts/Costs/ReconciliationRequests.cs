namespace OrganAffairs.Contracts.Costs;

/// <summary>
/// What a difference between a source module and the actuals ledger is: MissingInCosts (the source holds an item the ledger never
/// posted: post-missing posts it), AmountDiffers (both hold it, with different amounts or lines), MissingInSource (the ledger holds
/// an item of a reconciled source that the source no longer answers).
/// </summary>
public enum ReconciliationDifferenceKind
{
    MissingInCosts = 1,
    AmountDiffers = 2,
    MissingInSource = 3,
}

/// <summary>One line of a reconciliation: the ledger's total beside the source modules' total for the items they answer.</summary>
/// <param name="Posted">The actuals ledger's total of the line for the organ and year (every source, unreconciled ones included).</param>
/// <param name="Source">The total of the items the reconciled sources answer for the line.</param>
/// <param name="Unreconciled">The ledger's total of entries whose source offers no items query (none since Reception answers ListReceptionCostsQuery: 0); not compared.</param>
/// <param name="Difference">Source − (Posted − Unreconciled): 0 when the line agrees.</param>
public sealed record ReconciliationLineResponse(CostLine Line, decimal Posted, decimal Source, decimal Unreconciled, decimal Difference);

/// <summary>One source item on which the source module and the ledger disagree.</summary>
/// <param name="EntryId">The ledger's key of the item: the source id (a correction's event id for a correction).</param>
/// <param name="SourceAmount">The source's amount (null when MissingInSource).</param>
/// <param name="PostedAmount">The ledger's amount (null when MissingInCosts).</param>
public sealed record ReconciliationDifference(
    ReconciliationDifferenceKind Kind, CostLine Line, CostSource Source, Guid EntryId, DateOnly PaidOn, decimal? SourceAmount, decimal? PostedAmount);

/// <summary>
/// An organ's year reconciled: each line's ledger total against its source modules' totals (Vehicles' costs and purchases,
/// ForeignAffairs' outbound visits and incoming delegations) and every differing item.
/// </summary>
/// <param name="Balanced">No difference.</param>
/// <param name="UnreconciledSources">Sources without an items query whose entries are shown but not compared (none now: every source is compared).</param>
/// <param name="Posted">For post-missing: how many missing items this request posted; 0 for the report.</param>
public sealed record ReconciliationResponse(
    Guid OrganId, int Year, IReadOnlyList<ReconciliationLineResponse> Lines, IReadOnlyList<ReconciliationDifference> Differences, bool Balanced,
    IReadOnlyList<CostSource> UnreconciledSources, int Posted);
