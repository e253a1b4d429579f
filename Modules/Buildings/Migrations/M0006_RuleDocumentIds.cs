using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a version of a rule table: optional, stored
/// unvalidated until the register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(6, "Rule document ids on the office standard and deadline rules")]
[Tags("buildings")]
public sealed class M0006_RuleDocumentIds : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("buildings_office_standard").AddColumn("document_id").AsGuid().Nullable();
        Alter.Table("buildings_deadline_rule").AddColumn("document_id").AsGuid().Nullable();
    }
}
