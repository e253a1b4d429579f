using OrganAffairs.Contracts.Guidance;

namespace OrganAffairs.Guidance.Domain;

/// <summary>One bureau's yearly counts before ranking.</summary>
internal sealed record BureauYear(Guid BureauId, string DivisionCode, int SubmissionsDue, int SubmissionsOnTime, int Findings, int OpenFindings, int Verified, int RectifiedOnTime);

/// <summary>Ranks lower-level bureaus by on-time reporting, open findings and on-time rectification (issue 21, item 7).</summary>
internal static class Rankings
{
    /// <summary>A rate 0–1 with 4 decimals; 1 when there was nothing to do (nothing late).</summary>
    public static decimal Rate(int done, int of) => of == 0 ? 1m : Math.Round((decimal)done / of, 4, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Rank order: on-time reporting rate (high first), open findings (few first), on-time rectification rate (high first), then division code.
    /// Equal keys share a rank (competition ranking 1, 1, 3).
    /// </summary>
    public static IReadOnlyList<BureauRankingRow> Rank(IEnumerable<BureauYear> years)
    {
        var rows = years.Select(y => (Year: y, Reporting: Rate(y.SubmissionsOnTime, y.SubmissionsDue), Rectification: Rate(y.RectifiedOnTime, y.Verified)))
            .OrderByDescending(r => r.Reporting).ThenBy(r => r.Year.OpenFindings).ThenByDescending(r => r.Rectification)
            .ThenBy(r => r.Year.DivisionCode, StringComparer.Ordinal).ThenBy(r => r.Year.BureauId).ToList();
        var result = new List<BureauRankingRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var rank = i > 0 && result[i - 1] is var p && p.OnTimeReportingRate == r.Reporting && p.OpenFindings == r.Year.OpenFindings
                       && p.RectificationOnTimeRate == r.Rectification ? p.Rank : i + 1;
            result.Add(new BureauRankingRow(rank, r.Year.BureauId, r.Year.DivisionCode, r.Year.SubmissionsDue, r.Year.SubmissionsOnTime, r.Reporting,
                r.Year.Findings, r.Year.OpenFindings, r.Year.RectifiedOnTime, r.Rectification));
        }
        return result;
    }
}
