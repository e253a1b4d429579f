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
    public DateOnly? PublicationStartsOn { get; set; }
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

    /// <summary>The rules register's document that set the version (Guidance), or null.</summary>
    public Guid? DocumentId { get; set; }
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

/// <summary>A row of foreign_affairs_member: one person of a delegation; the document number is the protected (encrypted) text.</summary>
internal sealed class MemberRow
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    public int Position { get; set; }
    public Guid StaffMemberId { get; set; }
    public string? PersonName { get; set; }
    public Guid? OrganId { get; set; }
    public MemberRole Role { get; set; }
    public string? Post { get; set; }
    public string? RankCode { get; set; }
    public TravelDocumentKind? DocumentKind { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? HandedBackOn { get; set; }
    public bool LeadershipTeam { get; set; }

    /// <summary>The date of birth, protected (never in clear here).</summary>
    public string? DateOfBirth { get; set; }
}

/// <summary>A staff member's visits departing in a year, approved or departed.</summary>
internal sealed class TripCountRow
{
    public Guid StaffMemberId { get; set; }
    public int Trips { get; set; }
}

/// <summary>A member whose travel document is not handed back, with the visit's return and sending organ.</summary>
internal sealed class OutstandingDocumentRow
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    public Guid StaffMemberId { get; set; }
    public string? PersonName { get; set; }
    public TravelDocumentKind? DocumentKind { get; set; }
    public string? DocumentNumber { get; set; }
    public Guid OrganId { get; set; }
    public DateOnly ReturnedOn { get; set; }
}

/// <summary>A visit that returned and has not reported, with its sending organ and return.</summary>
internal sealed class UnreportedVisitRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public DateOnly ReturnedOn { get; set; }
}

/// <summary>One organ's departed visits of a year and their members.</summary>
internal sealed class VisitCountRow
{
    public Guid OrganId { get; set; }
    public int Visits { get; set; }
    public int Travellers { get; set; }
    public int DistinctTravellers { get; set; }
}

/// <summary>
/// A row of foreign_affairs_expense: an expense line of a visit, or a correction of one (<see cref="CorrectsId"/> set, the amount
/// the signed difference). The row's id is the source id and the event id of its cost notification.
/// </summary>
internal sealed class ExpenseRow
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    public Guid OrganId { get; set; }
    public ExpenseCategory Category { get; set; }
    public Guid? MemberId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }
    public string PaymentReference { get; set; } = "";
    public SeatClass? SeatClass { get; set; }
    public string? Country { get; set; }
    public int? Units { get; set; }
    public string? Note { get; set; }
    public long? LimitFen { get; set; }
    public Guid? RuleVersionId { get; set; }
    public Guid? CorrectsId { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of foreign_affairs_delegation: an incoming foreign delegation; guests and programme are JSON documents of it.</summary>
internal sealed class DelegationRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Title { get; set; } = "";
    public string Country { get; set; } = "";
    public TravelGrade HostGrade { get; set; }
    public DateOnly ArrivesOn { get; set; }
    public DateOnly DepartsOn { get; set; }
    public string Guests { get; set; } = "[]";
    public string Programme { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of foreign_affairs_delegation_cost: a cost of an incoming delegation; its id is the source id and event id of its notification.</summary>
internal sealed class DelegationCostRow
{
    public Guid Id { get; set; }
    public Guid DelegationId { get; set; }
    public Guid OrganId { get; set; }
    public DelegationCostCategory Category { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }
    public DelegationPaymentMethod PaymentMethod { get; set; }
    public string PaymentReference { get; set; } = "";
    public int? Persons { get; set; }
    public int? Accompanying { get; set; }
    public int? Days { get; set; }
    public long? LimitFen { get; set; }
    public Guid? RuleVersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>For a correction, the cost it corrects (its amount is then the signed difference).</summary>
    public Guid? CorrectsId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A row of foreign_affairs_agreement: a partnership or agreement with a foreign city; its steps are a JSON document of it.</summary>
internal sealed class AgreementRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string PartnerCity { get; set; } = "";
    public string PartnerCountry { get; set; } = "";
    public AgreementType Type { get; set; }
    public string? Subject { get; set; }
    public AgreementState State { get; set; }
    public string Steps { get; set; } = "[]";
    public DateOnly? SignedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public int RenewalReminderDays { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A guest as held in the delegation's guest JSON: the date of birth is the protected (encrypted) text, absent on older rows.</summary>
internal sealed record StoredGuest(string Name, string Post, TravelGrade Grade, string? DateOfBirth);
