using OrganAffairs.Contracts.Costs;

namespace OrganAffairs.Costs.Data;

/// <summary>A row of costs_budget.</summary>
internal sealed class BudgetRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public int WarnPercent { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of costs_budget_line.</summary>
internal sealed class BudgetLineRow
{
    public Guid Id { get; set; }
    public Guid BudgetId { get; set; }
    public CostLine Line { get; set; }
    public long BasicFen { get; set; }
    public long ProjectFen { get; set; }
}

/// <summary>A row of costs_final_account: the actuals per line as they stood when the final accounts were recorded.</summary>
internal sealed class FinalAccountRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public long ReceptionFen { get; set; }
    public long VehiclePurchaseFen { get; set; }
    public long VehicleOperationFen { get; set; }
    public long OutboundVisitFen { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A row of costs_entry: one source item (an original cost or a correction's signed difference).</summary>
internal sealed class EntryRow
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public CostSource Source { get; set; }
    public Guid SourceId { get; set; }
    public Guid? CorrectsEventId { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public CostLine Line { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The sum of one organ's entries of a year on one line.</summary>
internal sealed class ActualRow
{
    public Guid OrganId { get; set; }
    public CostLine Line { get; set; }
    public long AmountFen { get; set; }
    public long Entries { get; set; }
}

/// <summary>A row of costs_rule: one version of one rule (kinds disclosure-due and change-reason).</summary>
internal sealed class RuleRow : OrganAffairs.Shared.Rules.IKindRuleRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string RuleKey { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Value { get; set; } = "";
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }
}

/// <summary>A row of costs_disclosure: a published pack, frozen as JSON.</summary>
internal sealed class DisclosureRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public DisclosureKind Kind { get; set; }
    public string Content { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>A row of costs_operating_entry: the operating cost's entered figures of an organ's year.</summary>
internal sealed class OperatingEntryRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public long RentFen { get; set; }
    public long PropertyFeesFen { get; set; }
    public long RepairsFen { get; set; }
    public long EnergyBillsFen { get; set; }
    public long LogisticsServicesFen { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of costs_training_cost: an organ's entered training costs of a year.</summary>
internal sealed class TrainingCostRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public int Courses { get; set; }
    public int Trainees { get; set; }
    public long AmountFen { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
