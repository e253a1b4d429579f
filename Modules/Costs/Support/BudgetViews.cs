using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Costs.Support;

/// <summary>Budgets, final accounts and actuals as the API answers them, with each line's actuals beside its budget.</summary>
internal sealed class BudgetViews(BudgetRepository budgets, LedgerRepository ledger)
{
    public static readonly CostLine[] Lines = Enum.GetValues<CostLine>();

    /// <summary>The organ's actuals of the year per line (0 for a line with none).</summary>
    public async Task<IReadOnlyDictionary<CostLine, ActualRow>> ActualsAsync(Guid organId, int year, CancellationToken ct)
    {
        var rows = await ledger.ActualsAsync([organId], year, ct);
        return Lines.ToDictionary(l => l, l => rows.FirstOrDefault(r => r.Line == l) ?? new ActualRow { OrganId = organId, Line = l });
    }

    public async Task<BudgetResponse> ResponseAsync(BudgetRow budget, CancellationToken ct)
    {
        var lines = await budgets.LinesAsync(budget.Id, ct);
        var actuals = await ActualsAsync(budget.OrganId, budget.Year, ct);
        return Response(budget, lines, actuals);
    }

    public static BudgetResponse Response(BudgetRow b, IReadOnlyList<BudgetLineRow> lines, IReadOnlyDictionary<CostLine, ActualRow> actuals)
    {
        var answered = lines.OrderBy(l => l.Line).Select(l =>
        {
            var total = l.BasicFen + l.ProjectFen;
            var actual = actuals[l.Line].AmountFen;
            return new BudgetLineResponse(l.Id, l.Line, Yuan.FromFen(l.BasicFen), Yuan.FromFen(l.ProjectFen), Yuan.FromFen(total), Yuan.FromFen(actual),
                Yuan.FromFen(total - actual), BudgetRules.Warns(actual, total, b.WarnPercent), BudgetRules.IsOver(actual, total));
        }).ToList();
        return new BudgetResponse(b.Id, b.OrganId, b.Year, b.ApprovedOn, b.WarnPercent, answered,
            answered.Sum(l => l.Total), answered.Sum(l => l.Actual), b.Version);
    }

    public static ActualsResponse Response(Guid organId, int year, IReadOnlyDictionary<CostLine, ActualRow> actuals)
    {
        var lines = Lines.Select(l => new ActualLineResponse(l, Yuan.FromFen(actuals[l].AmountFen), (int)actuals[l].Entries)).ToList();
        return new ActualsResponse(organId, year, lines, lines.Sum(l => l.Actual));
    }

    public static FinalAccountResponse Response(FinalAccountRow r)
    {
        var lines = new[]
        {
            new FinalAccountLineResponse(CostLine.Reception, Yuan.FromFen(r.ReceptionFen)),
            new FinalAccountLineResponse(CostLine.VehiclePurchase, Yuan.FromFen(r.VehiclePurchaseFen)),
            new FinalAccountLineResponse(CostLine.VehicleOperation, Yuan.FromFen(r.VehicleOperationFen)),
            new FinalAccountLineResponse(CostLine.OutboundVisit, Yuan.FromFen(r.OutboundVisitFen)),
        };
        return new FinalAccountResponse(r.Id, r.OrganId, r.Year, r.ApprovedOn, lines, lines.Sum(l => l.Actual), r.RecordedAt);
    }
}
