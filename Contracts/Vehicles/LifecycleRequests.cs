using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Vehicles;

/// <summary>A maintenance, insurance or annual-inspection reminder, due on a date, at a mileage, or both (whichever comes first).</summary>
/// <param name="Kind" example="AnnualInspection">What is due.</param>
/// <param name="DueOn" example="2027-03-31">Due date (yyyy-MM-dd), or null.</param>
/// <param name="DueKm" example="60000">Due odometer reading in km, or null; at least one of dueOn and dueKm.</param>
/// <param name="Note" example="第 3 次保养">At most 500 characters.</param>
public sealed record CreateReminderRequest(ReminderKind Kind, DateOnly? DueOn, int? DueKm, string? Note);

/// <summary>Marks a reminder done.</summary>
/// <param name="DoneOn" example="2027-03-20">Business date it was done.</param>
public sealed record CompleteReminderRequest(DateOnly DoneOn);

/// <summary>A reminder with the vehicle's current odometer and its state today.</summary>
public sealed record ReminderResponse(
    Guid Id, Guid VehicleId, Guid OrganId, string Plate, ReminderKind Kind, DateOnly? DueOn, int? DueKm, int OdometerKm, string? Note, DateOnly? DoneOn,
    ReminderState State, DateTimeOffset CreatedAt);

/// <summary>更新条件的组合 (V8): AgeOrMileage — eligible at the age or at the mileage, whichever comes first; AgeAndMileage — only once both are reached (a stricter local rule).</summary>
public enum RenewalCondition
{
    AgeOrMileage = 1,
    AgeAndMileage = 2,
}

/// <summary>A new version of the renewal rule (更新条件): a vehicle may be renewed (disposed for replacement) from this age or mileage, whichever comes first — or, with condition AgeAndMileage, once both are reached.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="MinAgeYears" example="8">Years since purchase (1–30).</param>
/// <param name="MinMileageKm" example="250000">Odometer reading in km (1–3,000,000).</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force.</param>
/// <param name="Source" example="省公务用车管理实施办法">The document the values come from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
/// <param name="Condition" example="AgeOrMileage">How age and mileage combine; default AgeOrMileage (whichever first). AgeAndMileage asks for both.</param>
public sealed record CreateRenewalRuleRequest(
    string Jurisdiction, int MinAgeYears, int MinMileageKm, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null, RenewalCondition? Condition = null) : ICitesRuleDocument;

/// <summary>A version of the renewal rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
/// <param name="Condition" example="AgeOrMileage">How age and mileage combine (AgeOrMileage: whichever first; AgeAndMileage: both).</param>
public sealed record RenewalRuleResponse(
    Guid Id, string Jurisdiction, int MinAgeYears, int MinMileageKm, RenewalCondition Condition, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>Whether a vehicle may be renewed on a date, and why.</summary>
/// <param name="EligibleByAgeFrom" example="2034-03-01">The first day the age condition holds.</param>
/// <param name="Condition" example="AgeOrMileage">How the rule combines age and mileage (AgeOrMileage or AgeAndMileage).</param>
public sealed record RenewalEligibilityResponse(
    Guid VehicleId, DateOnly On, bool Eligible, DateOnly PurchasedOn, DateOnly EligibleByAgeFrom, int OdometerKm, int MinAgeYears, int MinMileageKm,
    RenewalCondition Condition, string RuleJurisdiction, string Source);

/// <summary>Disposes of a vehicle (处置); it stays in the ledger as Disposed and no longer counts against the quota.</summary>
/// <param name="Method" example="Auction">Auction, Transfer or Scrap.</param>
/// <param name="DisposedOn" example="2034-05-10">Business date of the disposal.</param>
/// <param name="Proceeds" example="23500.00">Proceeds in CNY (2 decimals), 0 for none.</param>
/// <param name="Reference" example="苏财资〔2034〕15号">The approving document, at most 200 characters.</param>
/// <param name="WriteOffReference" example="事故定损〔2030〕7号">Only for Scrap of a vehicle written off (accident, damage appraisal) before the renewal age or mileage: the appraisal document, audited. Skipping the renewal rule this way is the bureau's act (403 auth.bureau-only otherwise, V8). Promotion or transfer of a leader is never a reason.</param>
public sealed record DisposeVehicleRequest(DisposalMethod Method, DateOnly DisposedOn, decimal Proceeds, string Reference, string? WriteOffReference);
