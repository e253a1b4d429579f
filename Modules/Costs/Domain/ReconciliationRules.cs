using OrganAffairs.Contracts.Costs;

namespace OrganAffairs.Costs.Domain;

/// <summary>One item as a source module answers it or as the ledger holds it, keyed by its entry id.</summary>
internal sealed record ReconciledItem(Guid EntryId, CostSource Source, Guid SourceId, Guid? CorrectsEventId, Guid OrganId, CostLine Line, long AmountFen, DateOnly PaidOn);

/// <summary>One disagreement between a source's item and the ledger's entry of the same entry id.</summary>
internal sealed record ItemDifference(ReconciliationDifferenceKind Kind, ReconciledItem? Source, ReconciledItem? Posted)
{
    public ReconciledItem Item => Source ?? Posted!;
}

/// <summary>The reconciliation (pure): source items against ledger entries, matched on entry id.</summary>
internal static class ReconciliationRules
{
    /// <summary>
    /// Every difference: a source item without its entry (MissingInCosts), an entry whose amount or line differs (AmountDiffers), and an
    /// entry of one of <paramref name="reconciledSources"/> that no source item answers (MissingInSource). Entries of other sources are
    /// not compared. Ordered by line, kind, entry id.
    /// </summary>
    public static IReadOnlyList<ItemDifference> Compare(IEnumerable<ReconciledItem> sourceItems, IEnumerable<ReconciledItem> entries, IReadOnlySet<CostSource> reconciledSources)
    {
        var posted = entries.Where(e => reconciledSources.Contains(e.Source)).ToDictionary(e => e.EntryId);
        var differences = new List<ItemDifference>();
        var seen = new HashSet<Guid>();
        foreach (var item in sourceItems)
        {
            if (!seen.Add(item.EntryId))
            {
                continue;
            }
            if (!posted.TryGetValue(item.EntryId, out var entry))
            {
                differences.Add(new(ReconciliationDifferenceKind.MissingInCosts, item, null));
            }
            else if (entry.AmountFen != item.AmountFen || entry.Line != item.Line)
            {
                differences.Add(new(ReconciliationDifferenceKind.AmountDiffers, item, entry));
            }
        }
        differences.AddRange(posted.Values.Where(e => !seen.Contains(e.EntryId)).Select(e => new ItemDifference(ReconciliationDifferenceKind.MissingInSource, null, e)));
        return differences.OrderBy(d => d.Item.Line).ThenBy(d => d.Kind).ThenBy(d => d.Item.EntryId).ToList();
    }
}
