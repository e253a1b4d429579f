using FluentMigrator;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

/// <summary>
/// Issue 17, E1/E4/water: fuel oil becomes a metered kind with its GB/T 2589 coefficient; the 2023 national
/// grid factor (0.5306 kgCO₂/kWh, announced January 2026) follows the 2022 one, which now ends on
/// 2022-12-31; the 14th plan's seeded version carries the national 2020 baselines for comparison; an
/// overrun names its resource (Energy or Water), one per institution, year and resource
/// (docs/adr/0031).
/// </summary>
[Migration(4, "Fuel oil, the 2023 grid factor, national 2020 baselines, water overruns")]
[Tags("energy")]
public sealed class M0004_FuelOilGridFactorsWaterOverruns : ModuleMigration
{
    private const string CoalSource = "综合能耗计算通则（GB/T 2589）折标准煤参考系数：燃料油 1.4286 kgce/kg；待与 2020 版核对。";
    private const string GridSource = "全国电网平均排放因子（生态环境部、国家统计局 2026 年 1 月公布），2023 年 0.5306 kgCO₂/kWh；2024 年因子尚未公布，沿用至新因子公布";

    /// <summary>Migration 2's 2022 grid factor (serial 9) and 14th plan (serial 15).</summary>
    private static readonly Guid Grid2022 = new("00000000-0000-0000-0005-000000000009");
    private static readonly Guid FourteenthPlan = new("00000000-0000-0000-0005-000000000015");

    public override void Up()
    {
        Row(17, RuleKinds.Coal, nameof(EnergyKind.FuelOil), "2000-01-01", new CoefficientValue(1.4286m), CoalSource, Confidence.Medium);
        Update.Table("energy_rule").Set(new { effective_to = "2022-12-31" }).Where(new { id = Grid2022 });
        Row(18, RuleKinds.Co2, nameof(EnergyKind.Electricity), "2023-01-01", new CoefficientValue(0.5306m), GridSource, Confidence.Medium);
        Update.Table("energy_rule").Set(new { value = RuleJson.Write(PlanTargetValue.FourteenthPlan) }).Where(new { id = FourteenthPlan });

        Alter.Table("energy_overrun").AddColumn("resource").AsString(10).NotNullable().WithDefaultValue(nameof(OverrunResource.Energy));
        Delete.Index("ux_energy_overrun").OnTable("energy_overrun");
        Create.Index("ux_energy_overrun_resource").OnTable("energy_overrun")
            .OnColumn("institution_id").Ascending().OnColumn("year").Ascending().OnColumn("resource").Ascending().WithOptions().Unique();
    }

    private void Row<T>(int serial, string kind, string key, string from, T value, string source, Confidence confidence) =>
        Insert.IntoTable("energy_rule").Row(new
        {
            id = new Guid($"00000000-0000-0000-0005-{serial:000000000000}"),
            kind,
            rule_key = key,
            jurisdiction = "national",
            effective_from = from,
            value = RuleJson.Write(value),
            source,
            confidence = confidence.ToString(),
        });
}
