using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Energy;

/// <summary>
/// A new version of a coefficient: standard-coal conversion (kgce per base unit, GB/T 2589), CO₂ emission
/// factor (kg CO₂ per base unit; grid electricity by year and region) or fuel density (kg per litre).
/// </summary>
/// <param name="EnergyKind" example="Gasoline">The kind the coefficient applies to.</param>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code (a region's grid factor is set on the province's code).</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force; the version it supersedes ends the day before.</param>
/// <param name="EffectiveTo" example="2027-12-31">Optional last day (e.g. a grid factor published for one year).</param>
/// <param name="Value" example="0.725">The coefficient, &gt; 0, at most 6 decimals.</param>
/// <param name="Source" example="GB/T 2589-2020 综合能耗计算通则">The document it comes from.</param>
/// <param name="Confidence">How sure the value is; Unconfirmed stays visible to every reader.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateCoefficientRequest(
    EnergyKind EnergyKind, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal Value, string Source, Confidence Confidence,
    Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A coefficient version.</summary>
/// <param name="Unit">The coefficient's unit, e.g. "kgce/kWh", "kgCO2/m3", "kg/L".</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CoefficientResponse(
    Guid Id, EnergyKind EnergyKind, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    decimal Value, string Unit, string Source, Confidence Confidence, Guid? DocumentId);

/// <summary>
/// A plan period's targets (e.g. the 14th Five-Year Plan, 2021–2025, against 2020): reductions in percent,
/// given as negative numbers (−5 means 5% less). A period with no published target has no version.
/// </summary>
/// <param name="Plan" example="15th-five-year-plan">The plan's key, e.g. "14th-five-year-plan".</param>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="FirstYear" example="2026">First year of the plan period.</param>
/// <param name="LastYear" example="2030">Last year of the plan period.</param>
/// <param name="BaselineYear" example="2025">The year progress is measured against.</param>
/// <param name="EnergyPerAreaPercent" example="-5">Target change of energy per m² in percent (−5 = 5% less).</param>
/// <param name="EnergyPerPersonPercent" example="-6">Target change of energy per person in percent.</param>
/// <param name="WaterPerPersonPercent" example="-6">Target change of water per person in percent.</param>
/// <param name="Co2PerAreaPercent" example="-7">Target change of CO₂ per m² in percent.</param>
/// <param name="Source" example="“十五五”公共机构节约能源资源工作规划">The document the targets come from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreatePlanTargetRequest(
    string Plan, string Jurisdiction, int FirstYear, int LastYear, int BaselineYear,
    decimal EnergyPerAreaPercent, decimal EnergyPerPersonPercent, decimal WaterPerPersonPercent, decimal Co2PerAreaPercent,
    string Source, Confidence Confidence, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A plan period's targets.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record PlanTargetResponse(
    Guid Id, string Plan, string Jurisdiction, int FirstYear, int LastYear, int BaselineYear,
    decimal EnergyPerAreaPercent, decimal EnergyPerPersonPercent, decimal WaterPerPersonPercent, decimal Co2PerAreaPercent,
    string Source, Confidence Confidence, Guid? DocumentId);

/// <summary>
/// The module's settings as a rule version: the annual report's due date (month and day of the following
/// year), the year-over-year anomaly threshold in percent, and the days after which a meter counts as silent.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force.</param>
/// <param name="ReportDueMonth" example="3">Month of the following year the annual report is due.</param>
/// <param name="ReportDueDay" example="31">Day of that month the annual report is due.</param>
/// <param name="AnomalyThresholdPercent" example="30">Year-over-year change, in percent, above which a consumption is an anomaly (1–1000).</param>
/// <param name="SilentMeterDays" example="7">Days without a reading after which a meter counts as silent (1–366).</param>
/// <param name="Source" example="公共机构节约能源资源考核办法">The document the settings come from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateEnergySettingsRequest(
    string Jurisdiction, DateOnly EffectiveFrom, int ReportDueMonth, int ReportDueDay,
    decimal AnomalyThresholdPercent, int SilentMeterDays, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the module's settings.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record EnergySettingsResponse(
    Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int ReportDueMonth, int ReportDueDay,
    decimal AnomalyThresholdPercent, int SilentMeterDays, string Source, Guid? DocumentId);
