using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
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

    /// <summary>422 naming F11, the limit and its source when the amount is above the limit (exactly the limit passes).</summary>
    public static void EnsureWithin(ErrorCode code, long amountFen, long limitFen, string what, string source)
    {
        if (amountFen > limitFen)
        {
            throw new ProblemException(code, detail: $"F11: {Yuan.FromFen(amountFen)} > {Yuan.FromFen(limitFen)} ({what}) — {source}");
        }
    }
}
