using FluentMigrator;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

/// <summary>
/// Seeds the national coefficients and targets from ../shared/DOMAIN.md ("Energy") with their sources and
/// confidence: standard-coal coefficients (GB/T 2589, M), CO₂ factors and fuel densities (U until confirmed
/// against the publication), the 14th Five-Year Plan targets (H) and the module's settings.
/// </summary>
[Migration(2, "Seed national energy coefficients, targets and settings")]
[Tags("energy")]
public sealed class M0002_SeedRules : ModuleMigration
{
    private const string CoalSource = "综合能耗计算通则（GB/T 2589）折标准煤参考系数（电力按当量值）；待与 2020 版核对。Seeded from 2000-01-01 so baseline years are covered.";
    private const string GridSource = "全国电网平均排放因子（生态环境部、国家统计局公布），未核实";
    private const string FuelCo2Source = "化石燃料排放因子（参考值），未核实";
    private const string DensitySource = "油品密度参考值（汽油 0.73 kg/L，柴油 0.85 kg/L），未核实";
    private const string PlanSource = "“十四五”公共机构节约能源资源工作规划（国管节能〔2021〕195号）：2025 年较 2020 年单位建筑面积能耗 −5%、人均综合能耗 −6%、人均用水量 −6%、单位建筑面积碳排放 −7%";
    private const string SettingsSource = "公共机构节能条例（2017）：每年 3 月 31 日前报送上一年度能源消费状况；异常阈值 20% 与无读数 3 天为本局设定";

    private static readonly (EnergyKind Kind, decimal Value)[] Coal =
    [
        (EnergyKind.Electricity, 0.1229m), (EnergyKind.Coal, 0.7143m), (EnergyKind.Gasoline, 1.4714m), (EnergyKind.Diesel, 1.4571m),
        (EnergyKind.Lpg, 1.7143m), (EnergyKind.NaturalGas, 1.2143m), (EnergyKind.Heat, 0.0341m),
    ];

    private int _n;

    public override void Up()
    {
        foreach (var (kind, value) in Coal)
        {
            Row(RuleKinds.Coal, kind.ToString(), "2000-01-01", null, new CoefficientValue(value), CoalSource, Confidence.Medium);
        }
        Row(RuleKinds.Co2, nameof(EnergyKind.Electricity), "2021-01-01", "2021-12-31", new CoefficientValue(0.5568m), GridSource + "（2021 年）", Confidence.Unconfirmed);
        Row(RuleKinds.Co2, nameof(EnergyKind.Electricity), "2022-01-01", null, new CoefficientValue(0.5366m), GridSource + "（2022 年，沿用至新因子公布）", Confidence.Unconfirmed);
        Row(RuleKinds.Co2, nameof(EnergyKind.NaturalGas), "2000-01-01", null, new CoefficientValue(2.1622m), FuelCo2Source, Confidence.Unconfirmed);
        Row(RuleKinds.Co2, nameof(EnergyKind.Gasoline), "2000-01-01", null, new CoefficientValue(2.9251m), FuelCo2Source, Confidence.Unconfirmed);
        Row(RuleKinds.Co2, nameof(EnergyKind.Diesel), "2000-01-01", null, new CoefficientValue(3.0959m), FuelCo2Source, Confidence.Unconfirmed);
        Row(RuleKinds.Density, nameof(EnergyKind.Gasoline), "2000-01-01", null, new CoefficientValue(0.73m), DensitySource, Confidence.Unconfirmed);
        Row(RuleKinds.Density, nameof(EnergyKind.Diesel), "2000-01-01", null, new CoefficientValue(0.85m), DensitySource, Confidence.Unconfirmed);
        Row(RuleKinds.PlanTarget, "14th-five-year-plan", "2021-01-01", "2025-12-31",
            new PlanTargetValue(2021, 2025, 2020, -5m, -6m, -6m, -7m), PlanSource, Confidence.High);
        Row(RuleKinds.Settings, RuleKinds.SettingsKey, "2000-01-01", null, new SettingsValue(3, 31, 20m, 3), SettingsSource, Confidence.High);
    }

    private void Row<T>(string kind, string key, string from, string? to, T value, string source, Confidence confidence) =>
        Insert.IntoTable("energy_rule").Row(new
        {
            id = new Guid($"00000000-0000-0000-0005-{++_n:000000000000}"),
            kind,
            rule_key = key,
            jurisdiction = "national",
            effective_from = from, // a literal every provider casts to DATE
            effective_to = to,
            value = RuleJson.Write(value),
            source,
            confidence = confidence.ToString(),
        });
}
