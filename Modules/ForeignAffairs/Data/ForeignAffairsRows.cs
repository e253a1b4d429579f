using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>A row of foreign_affairs_visit; the members, itinerary and schedule are JSON documents of the visit.</summary>
internal sealed class VisitRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Purpose { get; set; } = "";
    public string? InvitingParty { get; set; }
    public string? InvitationReference { get; set; }
    public DelegationType DelegationType { get; set; }
    public string? Justification { get; set; }
    public DateOnly DepartsOn { get; set; }
    public DateOnly ReturnsOn { get; set; }
    public string Members { get; set; } = "[]";
    public string Itinerary { get; set; } = "[]";
    public string Schedule { get; set; } = "[]";
    public string? FundingSource { get; set; }
    public long? BudgetFen { get; set; }
    public VisitStatus Status { get; set; }
    public string? ApprovalNumber { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public Guid? RuleVersionId { get; set; }
    public string? Reason { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public string? ReportSummary { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of foreign_affairs_rule: one version of one rule (kind and key), its value the kind's record as JSON.</summary>
internal sealed class RuleRow : IKindRuleRow
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
}

/// <summary>Filters of the visit list; null means no filter.</summary>
internal sealed record VisitFilter(Guid? OrganId, VisitStatus? Status, int? Year);

/// <summary>A row of foreign_affairs_plan: one organ's year, locked by every approval that counts against it.</summary>
internal sealed class PlanRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public int Trips { get; set; }
    public int Persons { get; set; }
    public int ApprovedTrips { get; set; }
    public int ApprovedPersons { get; set; }
}
