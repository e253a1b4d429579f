namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>The limits of a general delegation, one version; the size, day and country limits are national ceilings a local version may only tighten.</summary>
/// <param name="MaxMembers" example="6">Members including the interpreter (F1).</param>
/// <param name="MaxDaysOneCountry" example="5">Days abroad for one country (F2).</param>
/// <param name="MaxDaysTwoCountries" example="8">Days abroad for two countries (F2).</param>
/// <param name="MaxDaysThreeCountries" example="10">Days abroad for three countries (F2).</param>
/// <param name="MaxCountries" example="3">Countries or regions (F3).</param>
/// <param name="ExtraDays" example="1">Extra days when a leg is in Latin America or Africa (F4).</param>
/// <param name="OfficialShareNumerator" example="2">Official days ≥ numerator / denominator of the days abroad (F5).</param>
/// <param name="OfficialShareDenominator" example="3">See the numerator.</param>
/// <param name="MaxLeadershipMembers" example="1">Members of one organ's leadership team (领导班子) in one delegation (F12); a ceiling. Omitted in a local
/// version: the strictest value above it in force on its first day is kept. Null: no limit.</param>
/// <param name="MaxTripsPerPersonYear" example="2">Visits per person and year of departure, approved or departed (F11, a local value; none seeded); a ceiling.
/// Omitted in a local version: the strictest value above it is kept. Null: no check.</param>
public sealed record OutboundLimitsValue(
    int MaxMembers, int MaxDaysOneCountry, int MaxDaysTwoCountries, int MaxDaysThreeCountries, int MaxCountries, int ExtraDays,
    int OfficialShareNumerator, int OfficialShareDenominator, int? MaxLeadershipMembers = null, int? MaxTripsPerPersonYear = null);

/// <summary>Adds a version of the outbound limits.</summary>
/// <param name="Jurisdiction" example="110000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Limits">The limits.</param>
/// <param name="Source" example="京办发〔2027〕1号">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="H">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateOutboundLimitsRequest(string Jurisdiction, DateOnly EffectiveFrom, OutboundLimitsValue Limits, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>A version of the outbound limits.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record OutboundLimitsResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, OutboundLimitsValue Limits, string Source, string Confidence, Guid? DocumentId);

/// <summary>The deadlines around a visit, one version (local values: no national value exists).</summary>
/// <param name="PublicationWorkingDays" example="5">The pre-trip publication (公示, F9) lasts this many working days before the visit may be submitted; null: no publication required.</param>
/// <param name="ReportDays" example="30">The post-trip report (F6) is due this many days after the return; null: no deadline.</param>
/// <param name="ReportInWorkingDays" example="false">The report days are working days of the business calendar (else calendar days).</param>
public sealed record VisitDeadlinesValue(int? PublicationWorkingDays, int? ReportDays, bool ReportInWorkingDays);

/// <summary>Adds a version of the visit deadlines.</summary>
/// <param name="Jurisdiction" example="110000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="Deadlines">The deadlines.</param>
/// <param name="Source" example="京外办发〔2027〕2号">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateVisitDeadlinesRequest(string Jurisdiction, DateOnly EffectiveFrom, VisitDeadlinesValue Deadlines, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>A version of the visit deadlines.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record VisitDeadlinesResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, VisitDeadlinesValue Deadlines, string Source, string Confidence, Guid? DocumentId);

/// <summary>The hand-back of travel documents after a trip (F10), one version.</summary>
/// <param name="HandBackDays" example="7">Documents are handed back within this many days of the return (1–90); handed back on the last day is on time.</param>
/// <param name="WorkingDays" example="false">The days are working days of the business calendar (else calendar days).</param>
/// <param name="LockAfterDaysOverdue" example="30">A unit with a document overdue beyond this many days may not submit a new visit (0–366); null: no lock.</param>
public sealed record HandBackRuleValue(int HandBackDays, bool WorkingDays, int? LockAfterDaysOverdue);

/// <summary>Adds a version of the hand-back rule.</summary>
/// <param name="Jurisdiction" example="110000">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="HandBack">The rule.</param>
/// <param name="Source" example="京外办发〔2027〕5号">The source document, at most 500 characters.</param>
/// <param name="Confidence" example="H">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateHandBackRuleRequest(string Jurisdiction, DateOnly EffectiveFrom, HandBackRuleValue HandBack, string Source, string Confidence, Guid? DocumentId = null) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

/// <summary>A version of the hand-back rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}).</param>
public sealed record HandBackRuleResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, HandBackRuleValue HandBack, string Source, string Confidence, Guid? DocumentId);

