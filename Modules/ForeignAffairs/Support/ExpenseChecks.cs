using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>The checks every expense route shares.</summary>
internal static class ExpenseChecks
{
    /// <summary>Expenses are recorded from the approval until the visit is closed (tickets are paid before departure).</summary>
    public static void EnsureOpen(VisitRow visit)
    {
        if (visit.Status is not (VisitStatus.Approved or VisitStatus.Travelling or VisitStatus.Returned or VisitStatus.Reported))
        {
            throw new ProblemException(ForeignAffairsErrors.ExpenseNotOpen, detail: $"{visit.Status}");
        }
    }

    /// <summary>
    /// 422 naming F11 when the member's lines of the line's kind in its country, with their corrections and <paramref name="addedFen"/>
    /// (a new line's amount or a correction's difference), cost more together than the line's per-unit limit times the member's nights or
    /// days in that country (exactly it passes). The caller holds the visit row's lock, so two lines recorded at once are summed in turn.
    /// </summary>
    public static void EnsureSumWithin(VisitRow visit, IReadOnlyList<ExpenseRow> lines, ExpenseCategory category, Guid memberId, string country, long addedFen,
        long lineLimitFen, int lineUnits)
    {
        var units = ExpenseArithmetic.UnitsInCountry(category, RuleJson.Read<List<ItineraryLeg>>(visit.Itinerary), country, visit.DepartsOn,
            visit.ReturnedOn ?? visit.ReturnsOn);
        var same = lines.Where(l => l.Category == category && l.MemberId == memberId && l.Country == country).ToList();
        var sum = same.Sum(l => l.AmountFen) + addedFen;
        var limit = ExpenseArithmetic.SumLimitFen(lineLimitFen, lineUnits, units);
        if (sum > limit)
        {
            var code = category == ExpenseCategory.Lodging ? ForeignAffairsErrors.LodgingOverLimit : ForeignAffairsErrors.AllowanceOverLimit;
            throw new ProblemException(code, detail:
                $"F11: {same.Count(l => l.CorrectsId is null)} recorded line(s) of this member and country with this change sum to {Yuan.FromFen(sum)} > {Yuan.FromFen(limit)} " +
                $"({country}, {units} {(category == ExpenseCategory.Lodging ? "nights" : "days")} in the country at {Yuan.FromFen(lineLimitFen / lineUnits)})");
        }
    }

    /// <summary>422 naming F11, the limit and its source when the amount is above the limit (exactly the limit passes).</summary>
    public static void EnsureWithin(ErrorCode code, long amountFen, long limitFen, string what, string source)
    {
        if (amountFen > limitFen)
        {
            throw new ProblemException(code, detail: $"F11: {Yuan.FromFen(amountFen)} > {Yuan.FromFen(limitFen)} ({what}) — {source}");
        }
    }
}
