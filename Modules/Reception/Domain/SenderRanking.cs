namespace OrganAffairs.Reception.Domain;

/// <summary>The receptions of one sender as written on its letters (name and credit code) and their sums.</summary>
internal sealed record SenderSum(string Name, string? CreditCode, long Receptions, long Guests, long BudgetFen, long ActualFen);

/// <summary>A sending unit in the ranking.</summary>
internal sealed record RankedSender(int Rank, string Name, string? CreditCode, long Receptions, long Guests, long BudgetFen, long ActualFen);

/// <summary>
/// The most frequent sending units: letters with the same credit code are one unit whatever name they carry (shown
/// under the name on most of its receptions); letters without a credit code are one unit per name (trimmed, as
/// written). Ordered by receptions, then spending, then name; ties are broken, never shared.
/// </summary>
internal static class SenderRanking
{
    public static IReadOnlyList<RankedSender> Rank(IEnumerable<SenderSum> sums, int top) =>
        sums.GroupBy(s => s.CreditCode is { Length: > 0 } code ? "code:" + code.ToUpperInvariant() : "name:" + s.Name.Trim(), StringComparer.Ordinal)
            .Select(g =>
            {
                var name = g.GroupBy(s => s.Name.Trim(), StringComparer.Ordinal)
                    .OrderByDescending(n => n.Sum(s => s.Receptions)).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
                var code = g.Select(s => s.CreditCode).FirstOrDefault(c => c is { Length: > 0 })?.ToUpperInvariant();
                return (Name: name, Code: code, Receptions: g.Sum(s => s.Receptions), Guests: g.Sum(s => s.Guests), Budget: g.Sum(s => s.BudgetFen),
                    Actual: g.Sum(s => s.ActualFen));
            })
            .OrderByDescending(s => s.Receptions).ThenByDescending(s => s.Actual).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(top)
            .Select((s, i) => new RankedSender(i + 1, s.Name, s.Code, s.Receptions, s.Guests, s.Budget, s.Actual))
            .ToList();
}
