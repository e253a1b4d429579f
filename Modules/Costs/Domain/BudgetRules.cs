namespace OrganAffairs.Costs.Domain;

/// <summary>The budget rules of the 三公经费 lines (pure).</summary>
internal static class BudgetRules
{
    /// <summary>
    /// T1 (RULES.md; the "T2"): each 三公 line is budgeted separately and no money is moved into it from another
    /// line. An adjustment that raises a line's total is such a transfer and is refused; a reduction, or a shift
    /// between the line's own basic and project parts that keeps its total, is allowed.
    /// </summary>
    public static bool IsTransferIn(long oldBasicFen, long oldProjectFen, long newBasicFen, long newProjectFen) =>
        newBasicFen + newProjectFen > oldBasicFen + oldProjectFen;

    /// <summary>Actuals have reached <paramref name="warnPercent"/> % of the budget (a zero budget warns at its first fen).</summary>
    public static bool Warns(long actualFen, long budgetFen, int warnPercent) =>
        budgetFen == 0 ? actualFen > 0 : actualFen * 100 >= budgetFen * warnPercent;

    /// <summary>Actuals are above the line's budget.</summary>
    public static bool IsOver(long actualFen, long budgetFen) => actualFen > budgetFen;
}
