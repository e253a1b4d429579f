using OrganAffairs.Contracts.Logistics;

namespace OrganAffairs.Logistics.Data;

/// <summary>A row of logistics_work_order.</summary>
internal sealed class WorkOrderRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public Guid RequesterStaffMemberId { get; set; }
    public Guid RoomId { get; set; }
    public string DivisionCode { get; set; } = "";
    public string ServiceItem { get; set; } = "";
    public ServiceCategory Category { get; set; }
    public WorkOrderPriority Priority { get; set; }
    public string Description { get; set; } = "";
    public WorkOrderStatus Status { get; set; }
    public WorkOrderStatus? HeldFrom { get; set; }
    public string? Assignee { get; set; }
    public string? HoldReason { get; set; }
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? OnSiteAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int ReopenCount { get; set; }
    public Guid? SlaPolicyId { get; set; }
    public SlaBasis? SlaBasis { get; set; }
    public int? RespondMinutes { get; set; }
    public int? ResolveMinutes { get; set; }
    public DateTimeOffset? RespondDueAt { get; set; }
    public DateTimeOffset? ResolveDueAt { get; set; }
    public bool RespondBreached { get; set; }
    public bool ResolveBreached { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? ContractId { get; set; }
    public long? CostFen { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? BuildingId { get; set; }
}

/// <summary>A row of logistics_work_order_event (the history).</summary>
internal sealed class WorkOrderEventRow
{
    public Guid Id { get; set; }
    public Guid WorkOrderId { get; set; }
    public int Position { get; set; }
    public WorkOrderAction Action { get; set; }
    public WorkOrderStatus FromStatus { get; set; }
    public WorkOrderStatus ToStatus { get; set; }
    public Guid? StaffMemberId { get; set; }
    public string Principal { get; set; } = "";
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed record WorkOrderFilter(Guid? OrganId, WorkOrderStatus? Status, ServiceCategory? Category, WorkOrderPriority? Priority, Guid? RoomId, Guid? AssetId = null);

/// <summary>A row of logistics_rule: one version of one rule (kind and key), its value as JSON.</summary>
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
    public string Confidence { get; set; } = "";
    public Guid? DocumentId { get; set; }
}

/// <summary>A row of logistics_maintenance_plan; the checklist is its items one per line.</summary>
internal sealed class MaintenancePlanRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public Guid RequesterStaffMemberId { get; set; }
    public Guid RoomId { get; set; }
    public string ServiceItem { get; set; } = "";
    public WorkOrderPriority Priority { get; set; }
    public string Title { get; set; } = "";
    public string Schedule { get; set; } = "";
    public string Checklist { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public OrganAffairs.Contracts.Logistics.PlanTargetKind TargetKind { get; set; }
    public Guid? TargetId { get; set; }
    public Guid? BuildingId { get; set; }
    public Guid? AssetId { get; set; }
    public DateTimeOffset? ScheduleFrom { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public string? RetiredReason { get; set; }
    public long Version { get; set; } = 1;
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Occurrences count from here: the creation, or the edit that last changed the schedule.</summary>
    public DateTimeOffset CountsFrom => ScheduleFrom ?? CreatedAt;
}

internal sealed record MaintenancePlanFilter(Guid? OrganId, OrganAffairs.Contracts.Logistics.PlanTargetKind? TargetKind, Guid? TargetId, Guid? BuildingId, Guid? AssetId, bool? Active);

/// <summary>A row of logistics_service_order: one add-on kind of one booking.</summary>
internal sealed class ServiceOrderRow
{
    public Guid Id { get; set; }
    public Guid BookingId { get; set; }
    public OrganAffairs.Contracts.Buildings.AddOnKind Kind { get; set; }
    public Guid RoomId { get; set; }
    public Guid OrganId { get; set; }
    public int Quantity { get; set; }
    public int RequestedQuantity { get; set; }
    public int Attendees { get; set; }
    public string? Note { get; set; }
    public ServiceOrderStatus Status { get; set; }
    public string? DeliveryNote { get; set; }
    public long Version { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long? CostFen { get; set; }
}

internal sealed record ServiceOrderFilter(Guid? OrganId, Guid? BookingId, OrganAffairs.Contracts.Buildings.AddOnKind? Kind, ServiceOrderStatus? Status, DateTimeOffset? DueFrom, DateTimeOffset? DueTo);

/// <summary>A row of logistics_contract; the covered item codes one per line.</summary>
internal sealed class ContractRow
{
    public Guid Id { get; set; }
    public string ProviderName { get; set; } = "";
    public string ProviderCreditCode { get; set; } = "";
    public string? CreditCodeOverrideReason { get; set; }
    public string DivisionCode { get; set; } = "";
    public string ServiceItems { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? LongTermReason { get; set; }
    public string PriceBasis { get; set; } = "";
    public long ValueFen { get; set; }
    public string EnergyTargets { get; set; } = "";
    public string? Kpis { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string? BuildingIds { get; set; }

    public IReadOnlyList<string> Items => ServiceItems.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The buildings in scope; empty: every building.</summary>
    public IReadOnlyList<Guid> Buildings => Lines.Guids(BuildingIds);

    public bool InForceOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>The first and last months charged under a contract.</summary>
internal sealed class ChargedMonthsRow
{
    public DateOnly? FirstMonth { get; set; }
    public DateOnly? LastMonth { get; set; }
}

/// <summary>Guids kept one per line in a text column.</summary>
internal static class Lines
{
    public static IReadOnlyList<Guid> Guids(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public static string? Join(IReadOnlyCollection<Guid> ids) => ids.Count == 0 ? null : string.Join('\n', ids.Select(i => i.ToString("D")));
}

/// <summary>A row of logistics_contract_amendment: one amendment, each changed part before and after.</summary>
internal sealed class ContractAmendmentRow
{
    public Guid Id { get; set; }
    public Guid ContractId { get; set; }
    public long ContractVersion { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly EndsOnBefore { get; set; }
    public DateOnly EndsOn { get; set; }
    public string ServiceItemsBefore { get; set; } = "";
    public string ServiceItems { get; set; } = "";
    public string? BuildingIdsBefore { get; set; }
    public string? BuildingIds { get; set; }
    public string PriceBasisBefore { get; set; } = "";
    public string PriceBasis { get; set; } = "";
    public string? LongTermReason { get; set; }
    public string Principal { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What the assessment reads of a work order assigned under a contract.</summary>
internal sealed class AssessedOrderRow
{
    public Guid ContractId { get; set; }
    public Guid? SlaPolicyId { get; set; }
    public string Status { get; set; } = "";
    public bool RespondBreached { get; set; }
    public bool ResolveBreached { get; set; }
    public int? Rating { get; set; }
}
