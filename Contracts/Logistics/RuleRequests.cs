using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// A new version of a service item of the catalogue (服务目录, L1): the bureau sets the items and their standards, and
/// organs are not served outside them. The code is the item's key; an edit is a new version.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force; a work order is checked against the catalogue on the day it is raised.</param>
/// <param name="Code" example="repair.hvac">The item's code: lower-case letters, digits, '.' and '-', 2–60 characters.</param>
/// <param name="Category" example="Repair">Its service category.</param>
/// <param name="Name" example="空调维修">Its name, 1–200 characters.</param>
/// <param name="Standard" example="报修后 2 个工作小时内到场，小修合格率 100%">The service standard, 1–1000 characters.</param>
/// <param name="Unit" example="次">The unit the reference price is per, at most 30 characters, or null.</param>
/// <param name="ReferencePrice" example="850.00">The reference price in CNY (2 decimals), or null.</param>
/// <param name="Source" example="川机管发〔2015〕53号">The document the item, its standard and its price come from.</param>
/// <param name="Confidence" example="H">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateCatalogueItemRequest(
    string Jurisdiction, DateOnly EffectiveFrom, string Code, ServiceCategory Category, string Name, string Standard, string? Unit, decimal? ReferencePrice,
    string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a catalogue item.</summary>
public sealed record CatalogueItemResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Code, ServiceCategory Category, string Name, string Standard,
    string? Unit, decimal? ReferencePrice, string Source, string Confidence, Guid? DocumentId);

/// <summary>
/// A new version of a service-level policy (L3) for a category and priority: a response target (on site) and a resolution
/// target, in working or calendar time. No national work-order standard exists: every tier is a local value.
/// </summary>
/// <param name="Jurisdiction" example="510000">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force; an order takes the policy in force when it is raised.</param>
/// <param name="Category" example="Repair">The service category.</param>
/// <param name="Priority" example="Emergency">The priority.</param>
/// <param name="RespondWithinMinutes" example="30">On site within this many minutes (1–525600), or null for no response target.</param>
/// <param name="ResolveWithinMinutes" example="480">Resolved within this many minutes (1–525600), or null for no resolution target.</param>
/// <param name="Basis" example="CalendarTime">WorkingTime or CalendarTime.</param>
/// <param name="Source" example="川机管发〔2015〕53号">The document the targets come from.</param>
/// <param name="Confidence" example="H">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
/// <param name="ContractId">A property-service contract whose own policy this is (its key is then category, priority and contract): a work order assigned under the contract takes it instead of the general one; a contract that does not exist is 400 `logistics.contract-ref-not-found`. Null: the general policy.</param>
public sealed record CreateSlaPolicyRequest(
    string Jurisdiction, DateOnly EffectiveFrom, ServiceCategory Category, WorkOrderPriority Priority, int? RespondWithinMinutes, int? ResolveWithinMinutes,
    SlaBasis Basis, string Source, string Confidence, Guid? DocumentId = null, Guid? ContractId = null) : ICitesRuleDocument;

/// <summary>A version of a service-level policy.</summary>
/// <param name="ContractId">The contract whose own policy this is, or null for the general one.</param>
public sealed record SlaPolicyResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, ServiceCategory Category, WorkOrderPriority Priority,
    int? RespondWithinMinutes, int? ResolveWithinMinutes, SlaBasis Basis, string Source, string Confidence, Guid? DocumentId, Guid? ContractId = null);

/// <summary>A new version of the reopen window: how many days after its resolution the requester may reopen a work order.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force.</param>
/// <param name="Days" example="7">0–365 days after the business date of the resolution (that date included in the count's start).</param>
/// <param name="Source" example="本局后勤服务管理办法">The document the number comes from.</param>
/// <param name="Confidence" example="U">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateReopenWindowRequest(string Jurisdiction, DateOnly EffectiveFrom, int Days, string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the reopen window.</summary>
public sealed record ReopenWindowResponse(Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int Days, string Source, string Confidence, Guid? DocumentId);

/// <summary>
/// A new version of the weights of the providers' monthly score (服务商考核权重): how SLA attainment and satisfaction combine. No
/// regulation sets them: a local value of the bureau.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; an assessment takes the version in force on the last day of its period.</param>
/// <param name="SlaWeightPercent" example="60">The share of SLA attainment, 0–100.</param>
/// <param name="SatisfactionWeightPercent" example="40">The share of satisfaction, 0–100; the two sum to 100.</param>
/// <param name="Source" example="本局物业服务考核办法">The document the weights come from.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateAssessmentWeightsRequest(
    string Jurisdiction, DateOnly EffectiveFrom, int SlaWeightPercent, int SatisfactionWeightPercent, string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the provider-score weights.</summary>
public sealed record AssessmentWeightsResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int SlaWeightPercent, int SatisfactionWeightPercent, string Source, string Confidence, Guid? DocumentId);
