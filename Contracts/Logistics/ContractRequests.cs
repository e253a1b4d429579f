using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// A property-service contract (物业服务合同) with an outside provider: who, what it covers, for how long, on what terms, and its
/// energy-saving targets (公共机构节能条例 Art. 27). Work orders for a covered item may be assigned to it while it is in force.
/// </summary>
/// <param name="ProviderName" example="某物业服务有限公司">The provider, 1–200 characters.</param>
/// <param name="ProviderCreditCode" example="91510100MA61R8XQ3D">Its unified social credit code (GB 32100, 18 characters, the check character verified).</param>
/// <param name="CreditCodeOverrideReason">Only for an early pilot code that legitimately fails the check: why it is accepted (recorded and audited).</param>
/// <param name="DivisionCode" example="510100">The division whose rules apply (the contracting bureau's, 6 digits): the term rule is the one in force there on the start date.</param>
/// <param name="ServiceItems">The catalogue item codes it covers, 1–50.</param>
/// <param name="StartsOn" example="2027-01-01">First day.</param>
/// <param name="EndsOn" example="2027-12-31">Last day, inclusive.</param>
/// <param name="LongTermReason">Required for a term above the normal one (stable service, secured funding): why.</param>
/// <param name="PriceBasis" example="按建筑面积每月每平方米 3.2 元">How the price is set, 1–500 characters.</param>
/// <param name="Value" example="384000.00">The contract's value in yuan (2 decimals).</param>
/// <param name="EnergyTargets" example="年度用电量较上年下降 2%，公共区域照明节能改造">The energy-saving targets clause; required (422 logistics.energy-clause-required when missing), at most 2000 characters.</param>
/// <param name="Kpis" example="紧急维修 30 分钟到场；小修合格率 100%">The performance indicators, at most 2000 characters.</param>
/// <param name="BuildingIds">The buildings the contract serves (Buildings; each known by its rooms, else 400 logistics.building-ref-not-found), at most 100: a work order in another building cannot be assigned under it. Empty or null: every building.</param>
public sealed record CreateContractRequest(
    string ProviderName, string ProviderCreditCode, string? CreditCodeOverrideReason, string DivisionCode, IReadOnlyList<string> ServiceItems,
    DateOnly StartsOn, DateOnly EndsOn, string? LongTermReason, string PriceBasis, decimal Value, string? EnergyTargets, string? Kpis,
    IReadOnlyList<Guid>? BuildingIds = null);

/// <summary>A property-service contract.</summary>
/// <param name="Warnings">Set when the term is above the normal one (allowed with the reason given).</param>
/// <param name="BuildingIds">The buildings in its scope; empty: every building.</param>
public sealed record ContractResponse(
    Guid Id, string ProviderName, string ProviderCreditCode, string? CreditCodeOverrideReason, string DivisionCode, IReadOnlyList<string> ServiceItems,
    DateOnly StartsOn, DateOnly EndsOn, string? LongTermReason, string PriceBasis, decimal Value, string EnergyTargets, string? Kpis,
    IReadOnlyList<string> Warnings, long Version, DateTimeOffset CreatedAt, IReadOnlyList<Guid>? BuildingIds = null);

/// <summary>
/// An amendment of a property-service contract (合同变更, If-Match on the contract): a new end of term, scope (items, buildings) or
/// price basis, with the reason and the date it takes effect. The amended term follows the same contract-term rule (L2).
/// </summary>
/// <param name="EffectiveOn" example="2027-06-01">The day the amendment takes effect: within the contract's term (start to the current end) and not after today.</param>
/// <param name="Reason" example="增加 2 号楼物业服务，合同期限延长至 2028 年 5 月 31 日">Why, 1–500 characters (kept and audited).</param>
/// <param name="EndsOn" example="2028-05-31">The new last day (inclusive), not before the start nor the effective date; null keeps it.</param>
/// <param name="ServiceItems">The new list of covered catalogue items (1–50, each in the catalogue in force on the effective date); null keeps it.</param>
/// <param name="BuildingIds">The new list of buildings in scope (at most 100; empty: every building); null keeps it.</param>
/// <param name="PriceBasis" example="按建筑面积每月每平方米 3.4 元">The new price basis, 1–500 characters; null keeps it.</param>
/// <param name="LongTermReason">Why the amended term may exceed the normal one (stable service, secured funding); the contract's recorded reason counts when none is given.</param>
public sealed record AmendContractRequest(
    DateOnly EffectiveOn, string Reason, DateOnly? EndsOn = null, IReadOnlyList<string>? ServiceItems = null, IReadOnlyList<Guid>? BuildingIds = null,
    string? PriceBasis = null, string? LongTermReason = null);

/// <summary>An amendment of a contract: what changed, before and after, why and from when.</summary>
/// <param name="ContractVersion">The contract's version the amendment made (its ETag after the amendment).</param>
/// <param name="Warnings">logistics.contract-term-above-normal when the amended term is above the normal one.</param>
public sealed record ContractAmendmentResponse(
    Guid Id, Guid ContractId, long ContractVersion, DateOnly EffectiveOn, string Reason, DateOnly EndsOnBefore, DateOnly EndsOn,
    IReadOnlyList<string> ServiceItemsBefore, IReadOnlyList<string> ServiceItems, IReadOnlyList<Guid> BuildingIdsBefore, IReadOnlyList<Guid> BuildingIds,
    string PriceBasisBefore, string PriceBasis, string? LongTermReason, IReadOnlyList<string> Warnings, string Principal, DateTimeOffset CreatedAt);

/// <summary>One provider's assessment over a period: SLA attainment and the requesters' ratings of its work orders.</summary>
/// <param name="ContractIds">Its contracts whose work orders count.</param>
/// <param name="Orders">Work orders assigned under them, raised in the period.</param>
/// <param name="WithSla">Those with a service-level clock that is settled (resolved or closed) or breached.</param>
/// <param name="Breached">Those among them with a breach recorded.</param>
/// <param name="AttainmentPercent">(WithSla − Breached) / WithSla × 100, one decimal; null without any.</param>
/// <param name="Rated">Confirmed orders with a rating.</param>
/// <param name="AverageRating">Their mean rating (1–5), two decimals; null without any.</param>
/// <param name="Score">Attainment and satisfaction ((mean rating − 1) / 4 × 100) weighted by the assessment-weights rule, 0–100 with one decimal; null when a weighted part is missing or no weights are in force.</param>
/// <param name="WeightsId">The version of the assessment-weights rule used.</param>
public sealed record ProviderAssessmentRow(
    string ProviderCreditCode, string ProviderName, IReadOnlyList<Guid> ContractIds, int Orders, int WithSla, int Breached, decimal? AttainmentPercent,
    int Rated, decimal? AverageRating, decimal? Score = null, Guid? WeightsId = null);

/// <summary>
/// A property-service contract's charge for one month borne by one organ (物业费分摊): how contract charges reach the organs'
/// operating costs. One charge per contract, organ and month; the charges of a contract never sum above its value.
/// </summary>
/// <param name="OrganId">The organ served that bears the charge.</param>
/// <param name="Month" example="2027-03">The month charged (yyyy-MM), within the contract's term; its year is the cost's year.</param>
/// <param name="Amount" example="12800.00">The amount in CNY (2 decimals), above 0.</param>
/// <param name="Note" example="按使用面积 1600 m² 分摊">How it was worked out, at most 500 characters.</param>
public sealed record CreateContractChargeRequest(Guid OrganId, string Month, decimal Amount, string? Note);

/// <summary>A contract charge borne by an organ for a month.</summary>
public sealed record ContractChargeResponse(Guid Id, Guid ContractId, Guid OrganId, string Month, decimal Amount, string? Note, DateTimeOffset CreatedAt);

/// <summary>Corrects a contract charge recorded wrongly (更正): the right amount and why.</summary>
/// <param name="Amount" example="11200.00">The correct amount in CNY (2 decimals, 0 or more: 0 withdraws a charge recorded for the wrong organ or month); it differs from the current one.</param>
/// <param name="Reason" example="分摊面积按 1400 m² 重算">Why, 1–500 characters (kept and audited).</param>
public sealed record CorrectContractChargeRequest(decimal Amount, string Reason);

/// <summary>A correction of a contract charge: the charge takes the new amount, and this record keeps the difference.</summary>
/// <param name="PreviousAmount">The charge's amount before this correction.</param>
/// <param name="Amount">The amount after it.</param>
/// <param name="Difference">Amount − previous amount (signed).</param>
/// <param name="Month" example="2027-03">The charge's month: the correction counts in that month's year.</param>
public sealed record ContractChargeCorrectionResponse(
    Guid Id, Guid ChargeId, Guid ContractId, Guid OrganId, string Month, decimal PreviousAmount, decimal Amount, decimal Difference, string Reason, DateTimeOffset CreatedAt);

/// <summary>A version of the contract-term rule (L2).</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force.</param>
/// <param name="Source" example="政府采购货物和服务招标投标管理办法（财政部令第87号）">The document the rule comes from, at most 500 characters.</param>
/// <param name="Confidence" example="M">H, M or U.</param>
/// <param name="NormalYears" example="1">The normal longest term, in years (1–10).</param>
/// <param name="MaxYears" example="3">The longest term allowed with a recorded reason, in years (at least the normal one, at most 10).</param>
public sealed record CreateContractTermRequest(string Jurisdiction, DateOnly EffectiveFrom, int NormalYears, int MaxYears, string Source, string Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the contract-term rule.</summary>
public sealed record ContractTermResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int NormalYears, int MaxYears, string Source, string Confidence, Guid? DocumentId);
