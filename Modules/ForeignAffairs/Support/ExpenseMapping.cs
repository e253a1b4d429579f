using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Expense rows and expense rules to answers, request values to the domain records (fen inside, yuan outside).</summary>
internal static class ExpenseMapping
{
    public static ExpenseLineResponse ToResponse(this ExpenseRow row, IReadOnlyList<ExpenseRow> all) =>
        new(row.Id, row.VisitId, row.Category, row.MemberId, Yuan.FromFen(row.AmountFen), row.PaidOn, row.PaymentReference, row.SeatClass, row.Country, row.Units,
            row.Note, row.LimitFen is { } l ? Yuan.FromFen(l) : null, row.RuleVersionId, row.CorrectsId, row.Reason,
            row.CorrectsId is null ? Yuan.FromFen(CurrentFen(row, all)) : null, row.CreatedAt);

    /// <summary>An original line's amount with its corrections.</summary>
    public static long CurrentFen(ExpenseRow line, IReadOnlyList<ExpenseRow> all) =>
        line.AmountFen + all.Where(c => c.CorrectsId == line.Id).Sum(c => c.AmountFen);

    public static VisitExpensesResponse ToSummary(VisitRow visit, IReadOnlyList<ExpenseRow> rows)
    {
        var actual = rows.Sum(r => r.AmountFen);
        var byCategory = Enum.GetValues<ExpenseCategory>()
            .Select(c => new ExpenseCategoryTotal(c, Yuan.FromFen(rows.Where(r => r.Category == c).Sum(r => r.AmountFen)))).ToList();
        return new VisitExpensesResponse(visit.Id, visit.BudgetFen is { } b ? Yuan.FromFen(b) : null, Yuan.FromFen(actual),
            visit.BudgetFen is { } budget ? Yuan.FromFen(budget - actual) : null, visit.BudgetFen is { } cap && actual > cap, byCategory,
            rows.Select(r => r.ToResponse(rows)).ToList());
    }

    public static OutboundVisitCostRecorded ToEvent(this ExpenseRow row) =>
        new(row.Id, row.CreatedAt, row.OrganId, OutboundVisitCostRecorded.OutboundLine, row.AmountFen, row.PaidOn, row.Id, row.VisitId, row.Category,
            row.CorrectsId, row.CorrectsId is null ? null : row.AmountFen);

    public static ForeignAffairsCostItem ToCostItem(this ExpenseRow row) =>
        new(row.Id, row.VisitId, row.OrganId, OutboundVisitCostRecorded.OutboundLine, row.AmountFen, row.PaidOn, row.CorrectsId,
            row.CorrectsId is null ? null : row.AmountFen);

    public static TravelClasses ToDomain(TravelClassesValue v) =>
        new(v.ProvincialMinisterial ?? [], v.BureauDirector ?? [], v.ProvincialMinisterialSeat, v.BureauDirectorSeat, v.OtherSeat);

    public static LodgingLimits ToDomain(LodgingLimitsValue v) => new(Yuan.ToFen(v.ProvincialMinisterial), Yuan.ToFen(v.BureauDirector), Yuan.ToFen(v.Other));

    public static Allowances ToDomain(AllowancesValue v) => new(Yuan.ToFen(v.MealsPerDay), Yuan.ToFen(v.IncidentalsPerDay));

    /// <summary>An amount of an expense rule: 0 to 100,000 yuan with at most 2 decimals.</summary>
    public static bool IsRuleAmount(decimal value) => Yuan.IsValid(value) && value <= 100_000m;

    public static ExpenseRuleResponse ToRuleResponse(RuleRow row)
    {
        TravelClassesValue? classes = null;
        LodgingLimitsValue? lodging = null;
        AllowancesValue? allowances = null;
        switch (row.Kind)
        {
            case RuleKinds.TravelClasses:
                var t = RuleJson.Read<TravelClasses>(row.Value);
                classes = new(t.ProvincialMinisterial, t.BureauDirector, t.ProvincialMinisterialSeat, t.BureauDirectorSeat, t.OtherSeat);
                break;
            case RuleKinds.Lodging:
                var l = RuleJson.Read<LodgingLimits>(row.Value);
                lodging = new(Yuan.FromFen(l.ProvincialMinisterialFen), Yuan.FromFen(l.BureauDirectorFen), Yuan.FromFen(l.OtherFen));
                break;
            case RuleKinds.Allowances:
                var a = RuleJson.Read<Allowances>(row.Value);
                allowances = new(Yuan.FromFen(a.MealsPerDayFen), Yuan.FromFen(a.IncidentalsPerDayFen));
                break;
        }
        return new ExpenseRuleResponse(row.Id, row.Kind, row.RuleKey, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, classes, lodging, allowances,
            row.Source, row.Confidence, row.DocumentId);
    }
}
