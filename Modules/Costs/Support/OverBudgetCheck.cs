using OrganAffairs.Contracts.Violations;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Support;

/// <summary>
/// Actuals above a line's budget are recorded (never dropped) and are a violation in the Shared ledger
/// (<c>costs.over-budget</c>, T1; subject: the budget line) until a correction brings them back within it.
/// </summary>
internal sealed class OverBudgetCheck(BudgetRepository budgets, BudgetViews views, Violations violations, BusinessClock clock)
{
    public const string OverBudget = "costs.over-budget";

    /// <summary>Opens or closes the over-budget violation of every line of the organs' budgets of those years.</summary>
    public async Task CheckAsync(IEnumerable<(Guid OrganId, int Year)> organYears, CancellationToken ct)
    {
        foreach (var (organId, year) in organYears.Distinct())
        {
            if (await budgets.GetAsync(organId, year, ct) is not { } budget)
            {
                continue;
            }
            var lines = await budgets.LinesAsync(budget.Id, ct);
            var actuals = await views.ActualsAsync(organId, year, ct);
            foreach (var line in lines)
            {
                if (BudgetRules.IsOver(actuals[line.Line].AmountFen, line.BasicFen + line.ProjectFen))
                {
                    await violations.OpenOnceAsync(new ViolationFinding(Duty.Costs, OverBudget, line.Id, organId, "T1", null, clock.Today, null), ct);
                }
                else
                {
                    await violations.CloseOpenAsync(Duty.Costs, OverBudget, line.Id, clock.Today, ViolationCloseReason.Corrected, "actuals within the budget (实际支出未超预算)", ct);
                }
            }
        }
    }
}
