using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

/// <summary>
/// The register holds the national documents the seeded rule versions take their numbers from, in force (issue 21 item 6);
/// the module's own rule table gets its document id, and its seeded national versions cite their documents. The other
/// modules cite the same ids in their own migrations (Contracts' SeededRuleDocuments).
/// </summary>
[Migration(6, "Seeded national documents in the register; guidance_rule cites them")]
[Tags(GuidanceModule.Name)]
public sealed class M0006_SeededRuleDocuments : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("guidance_rule").AddColumn("document_id").AsGuid().Nullable();
        foreach (var d in SeededRuleDocuments.All)
        {
            Insert.IntoTable("guidance_rule_document").Row(new
            {
                id = d.Id, title = d.Title, document_number = d.DocumentNumber, issuer = d.Issuer, type = d.Type.ToString(), jurisdiction = "national",
                status = "InForce", trial = false,
                issued_on = d.IssuedOn?.ToString("yyyy-MM-dd"), // literals every provider casts to DATE
                effective_on = d.EffectiveOn?.ToString("yyyy-MM-dd"),
                created_at = "2026-12-03 00:00:00+00:00", // UTC, a literal every provider reads as an instant
                version = 1,
            });
        }
        CiteSeededDocument("guidance_rule", SeededRuleDocuments.RuleMakingProcedure.Id, "规章制定程序条例");
        CiteSeededDocument("guidance_rule", SeededRuleDocuments.NormativeDocuments.Id, "国务院办公厅关于加强行政规范性文件");
        CiteSeededDocument("guidance_rule", SeededRuleDocuments.PublicInstitutionEnergy.Id, "公共机构节能条例");
    }
}
