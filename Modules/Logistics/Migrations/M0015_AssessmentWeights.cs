using FluentMigrator;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// The weights of the providers' monthly score (issue 20 item 6). No regulation sets them: the national version is this system's
/// default, marked U like the reopen window (M0002), for the bureau to confirm or replace through the API.
/// </summary>
[Migration(15, "Seed the provider-score weights (this system's default)")]
[Tags("logistics")]
public sealed class M0015_AssessmentWeights : ModuleMigration
{
    public override void Up() =>
        Insert.IntoTable("logistics_rule").Row(new
        {
            id = Guid.Parse("00000000-0000-0000-0008-000000000010"), kind = RuleKinds.AssessmentWeights, rule_key = RuleKinds.Single, jurisdiction = "national",
            effective_from = "2020-01-01", value = RuleJson.Write(new AssessmentWeightsValue(60, 40)),
            source = "本系统初始值（无国家规定）：服务时限达标率 60%、满意度 40%，亦无地方规定，待本级机关事务管理局确认或修改", confidence = "U",
        });
}
