using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(6, "Seeded national rule versions cite their register documents")]
[Tags("energy")]
public sealed class M0006_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("energy_rule", SeededRuleDocuments.EnergyPlan14.Id, "“十四五”公共机构节约能源资源工作规划");
        CiteSeededDocument("energy_rule", SeededRuleDocuments.GridEmissionFactors.Id, "全国电网平均排放因子");
        CiteSeededDocument("energy_rule", SeededRuleDocuments.PublicInstitutionEnergy.Id, "公共机构节能条例");
        CiteSeededDocument("energy_rule", SeededRuleDocuments.ComprehensiveEnergy.Id, "综合能耗计算通则（GB/T 2589）");
    }
}
