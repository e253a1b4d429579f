namespace OrganAffairs.Contracts.Energy;

/// <summary>Consumption of one energy kind in a period, in its base unit, with its standard coal and CO₂.</summary>
/// <param name="Kgce">Standard coal (kgce) by the coefficients in force on each day; null for water.</param>
/// <param name="Co2Kg">kg CO₂ by the factors in force on each day; null when no factor is in force for some of the consumption.</param>
public sealed record KindConsumption(EnergyKind Kind, string Unit, decimal Quantity, decimal? Kgce, decimal? Co2Kg);

/// <summary>Standard coal of one subsystem in a period.</summary>
public sealed record SubsystemConsumption(Subsystem Subsystem, decimal Kgce);

/// <summary>
/// The indicators of an institution or of an organ's subtree for a period. Per-m² and per-person figures
/// divide by the statistics of the period's last year, summed over the institutions; they are null when
/// an institution lacks them (listed in InstitutionsWithoutStatistics). Ratios are rounded half away from
/// zero to 4 decimals; totals are exact.
/// </summary>
public sealed record IndicatorsResponse(
    DateOnly From, DateOnly To, int InstitutionCount, int StatisticsYear,
    decimal? FloorArea, int? EnergyUsingPopulation,
    decimal TotalKgce, decimal? KgcePerSquareMetre, decimal? KgcePerPerson,
    decimal WaterCubicMetres, decimal? WaterPerPerson,
    decimal? Co2Tonnes, decimal? Co2KgPerSquareMetre, IReadOnlyList<EnergyKind> KindsWithoutCo2Factor,
    IReadOnlyList<KindConsumption> ByKind, IReadOnlyList<SubsystemConsumption> BySubsystem,
    IReadOnlyList<Guid> InstitutionsWithoutStatistics);

/// <summary>An institution's annual quota (能耗定额).</summary>
/// <param name="EnergyKgce" example="850000.000">The year's standard-coal allowance in kgce (&gt; 0, at most 3 decimals).</param>
/// <param name="WaterCubicMetres" example="12000">Optional water allowance in m³.</param>
public sealed record SetQuotaRequest(decimal EnergyKgce, decimal? WaterCubicMetres);

/// <summary>A quota and the year's use so far.</summary>
/// <param name="EnergyUsedPercent">Used / quota × 100, rounded to 2 decimals.</param>
/// <param name="Overrun">The open or explained energy overrun of this year, if any.</param>
/// <param name="OverWaterQuota">Water used above the water quota; false without a water quota.</param>
/// <param name="WaterOverrun">The open or explained water overrun of this year, if any.</param>
public sealed record QuotaProgressResponse(
    Guid InstitutionId, int Year, decimal EnergyKgce, decimal? WaterCubicMetres,
    decimal EnergyUsedKgce, decimal WaterUsedCubicMetres, decimal EnergyUsedPercent, bool OverQuota, OverrunResponse? Overrun,
    bool OverWaterQuota, OverrunResponse? WaterOverrun);

/// <summary>An overrun of the annual quota: flagged when use passes the quota, open until explained.</summary>
/// <param name="QuotaKgce">The energy quota in kgce; null for a water overrun.</param>
/// <param name="UsedKgceAtDetection">The standard coal used when the overrun was detected; null for a water overrun.</param>
/// <param name="Resource">What was passed: Energy (kgce) or Water (m³).</param>
/// <param name="Quota">The quota in <c>Unit</c>.</param>
/// <param name="UsedAtDetection">The use when the overrun was detected, in <c>Unit</c>.</param>
/// <param name="Unit">kgce or m3.</param>
public sealed record OverrunResponse(
    Guid Id, Guid InstitutionId, int Year, decimal? QuotaKgce, decimal? UsedKgceAtDetection, DateTimeOffset DetectedAt,
    OverrunStatus Status, string? Explanation, DateTimeOffset? ExplainedAt, long Version,
    OverrunResource Resource, decimal Quota, decimal UsedAtDetection, string Unit);

/// <summary>The explanation of an overrun (超定额说明), 10–2000 characters.</summary>
/// <param name="Explanation" example="新建数据中心机房于当年 6 月投入运行，全年用电量较定额测算时增加约 8%。">Why the quota was passed, 10–2000 characters.</param>
public sealed record ExplainOverrunRequest(string Explanation);

/// <summary>One indicator's progress against the plan target.</summary>
/// <param name="Baseline">The baseline year's value; null without data or statistics.</param>
/// <param name="Current">The year's value.</param>
/// <param name="ChangePercent">(Current − Baseline) / Baseline × 100, rounded to 2 decimals.</param>
/// <param name="TargetPercent">The plan's target change.</param>
/// <param name="Met">The exact change ≤ TargetPercent; null when either value is missing.</param>
/// <param name="Missing">Why Baseline or Current is null, said plainly (e.g. no CO₂ factor for Electricity in 2020, no statistics for 2020); null when both are there.</param>
/// <param name="NationalBaseline">The national value of the baseline year published with the plan, for comparison only (e.g. 18.48 kgce/m² for 2020); null when none is published.</param>
public sealed record TargetIndicator(
    string Indicator, decimal? Baseline, decimal? Current, decimal? ChangePercent, decimal TargetPercent, bool? Met,
    string? Missing = null, decimal? NationalBaseline = null);

/// <summary>Progress against the plan in force for the year, or "no target in force" (Plan null) — never a stale plan.</summary>
public sealed record TargetProgressResponse(Guid InstitutionId, int Year, string? Plan, int? BaselineYear, string? Source, Confidence? Confidence, IReadOnlyList<TargetIndicator> Indicators);

/// <summary>An annual report (年度能源资源消费统计) of an institution for a year, with the official statistics it holds.</summary>
/// <param name="DueOn">The due date by the settings rule (31 March of the following year as seeded).</param>
/// <param name="SubmittedLate">Submitted after DueOn.</param>
public sealed record AnnualReportResponse(
    Guid InstitutionId, string InstitutionName, string DirectoryCode, int Year, AnnualReportStatus Status, DateOnly DueOn,
    DateTimeOffset? SubmittedAt, bool SubmittedLate, AnnualReportFigures? Figures, long? Version);

/// <summary>The figures of an annual report, frozen when drafted and on submission.</summary>
public sealed record AnnualReportFigures(
    decimal FloorArea, int EnergyUsingPopulation, decimal TotalKgce, decimal? KgcePerSquareMetre, decimal? KgcePerPerson,
    decimal WaterCubicMetres, decimal? WaterPerPerson, decimal? Co2Tonnes, IReadOnlyList<KindConsumption> ByKind);

/// <summary>A month against the same month a year before, beyond the threshold.</summary>
public sealed record YearOverYearAnomaly(Guid InstitutionId, EnergyKind Kind, string Month, decimal Quantity, decimal LastYearQuantity, decimal ChangePercent);

/// <summary>A meter with no reading for the given number of days.</summary>
public sealed record SilentMeter(Guid MeterId, Guid InstitutionId, string Code, EnergyKind Kind, DateTimeOffset? LastReadAt, int SilentDays);
