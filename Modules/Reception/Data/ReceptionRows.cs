using OrganAffairs.Contracts.Reception;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Data;

/// <summary>A row of reception_letter.</summary>
internal sealed class LetterRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string SenderName { get; set; } = "";
    public string? SenderCreditCode { get; set; }
    public string LetterNumber { get; set; } = "";
    public DateOnly LetterDate { get; set; }
    public string Purpose { get; set; } = "";
    public string? Itinerary { get; set; }
    public Guid? ReceptionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of reception_guest.</summary>
internal sealed class GuestRow
{
    public Guid Id { get; set; }
    public Guid LetterId { get; set; }
    public int Position { get; set; }
    public string Unit { get; set; } = "";
    public string Name { get; set; } = "";
    public string Post { get; set; } = "";
    public GuestRank Rank { get; set; }
}

/// <summary>A row of reception_reception.</summary>
internal sealed class ReceptionRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public Guid? LetterId { get; set; }
    public string Title { get; set; } = "";
    public string Activities { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int BudgetYear { get; set; }
    public string Place { get; set; } = "";
    public string HandlingDepartment { get; set; } = "";
    public Guid StaffMemberId { get; set; }
    public long BudgetFen { get; set; }
    public bool SameCity { get; set; }
    public bool HostArrangesMeals { get; set; }
    public int WorkingMeals { get; set; }
    public int AccompanyingDiners { get; set; }
    public int GuestCount { get; set; }
    public long? MealStandardFen { get; set; }
    public LodgingStandard Lodging { get; set; }
    public string Items { get; set; } = "";
    public ReceptionStatus Status { get; set; }
    public string? Reason { get; set; }
    public long ActualFen { get; set; }
    public long GuestFeesFen { get; set; }
    public Guid? TripId { get; set; }
    public Guid? MeetingRoomBookingId { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of reception_cost.</summary>
internal sealed class CostRow
{
    public Guid Id { get; set; }
    public Guid ReceptionId { get; set; }
    public ReceptionCostCategory Category { get; set; }
    public long AmountFen { get; set; }
    public ReceptionPaymentMethod PaymentMethod { get; set; }
    public string ReceiptReference { get; set; } = "";
    public DateOnly IncurredOn { get; set; }
    public int? Persons { get; set; }
    public int? Units { get; set; }
    public string Items { get; set; } = "";
    public long? StandardFen { get; set; }
    public bool OverStandard { get; set; }
    public string? Explanation { get; set; }
    public Guid? RuleVersionId { get; set; }
    public Guid? ExplanationApprovedBy { get; set; }
    public DateTimeOffset? ExplanationApprovedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of reception_cap.</summary>
internal sealed class CapRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public long CapFen { get; set; }
    public long ReservedFen { get; set; }
    public long SpentFen { get; set; }
    public int WarnPercent { get; set; }
    public long Version { get; set; }
}

/// <summary>A row of reception_rule: one version of one rule.</summary>
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
    public RuleConfidence Confidence { get; set; }
    public Guid? DocumentId { get; set; }
}

internal sealed record LetterFilter(Guid? OrganId, bool? Used);

internal sealed record ReceptionFilter(Guid? OrganId, ReceptionStatus? Status, Guid? LetterId, DateOnly? From, DateOnly? To);

/// <summary>What an organ's receptions hold against its cap in a year.</summary>
internal sealed class CapUse
{
    public long ReservedFen { get; set; }
    public long SpentFen { get; set; }
}

/// <summary>An organ's receptions and guests in a year.</summary>
internal sealed class ReceptionCountRow
{
    public Guid OrganId { get; set; }
    public long Receptions { get; set; }
    public long Guests { get; set; }
}

/// <summary>An organ's receptions of a year and their sums.</summary>
internal sealed class ReceptionSumRow
{
    public Guid OrganId { get; set; }
    public long Receptions { get; set; }
    public long Guests { get; set; }
    public long BudgetFen { get; set; }
    public long ActualFen { get; set; }
    public long GuestFeesFen { get; set; }
}

/// <summary>The receptions of one sender (credit code and name as written) in a year and their sums.</summary>
internal sealed class SenderSumRow
{
    public string SenderName { get; set; } = "";
    public string? SenderCreditCode { get; set; }
    public long Receptions { get; set; }
    public long Guests { get; set; }
    public long BudgetFen { get; set; }
    public long ActualFen { get; set; }
}

/// <summary>A cost line above its standard, with its reception.</summary>
internal sealed class OverStandardRow
{
    public Guid OrganId { get; set; }
    public Guid ReceptionId { get; set; }
    public string Title { get; set; } = "";
    public ReceptionStatus Status { get; set; }
    public Guid CostId { get; set; }
    public ReceptionCostCategory Category { get; set; }
    public DateOnly IncurredOn { get; set; }
    public long AmountFen { get; set; }
    public long? StandardFen { get; set; }
    public string? Explanation { get; set; }
    public Guid? ExplanationApprovedBy { get; set; }
    public DateTimeOffset? ExplanationApprovedAt { get; set; }
}

/// <summary>A reception cost line as Costs reads it (ListReceptionCostsQuery).</summary>
internal sealed class ReceptionCostItemRow
{
    public Guid SourceId { get; set; }
    public Guid ReceptionId { get; set; }
    public Guid OrganId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }
    public ReceptionCostCategory Category { get; set; }
}
