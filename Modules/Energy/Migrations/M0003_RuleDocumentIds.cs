using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a rule version: optional, stored unvalidated until the
/// register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(3, "Rule document id on energy rules")]
[Tags("energy")]
public sealed class M0003_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("energy_rule").AddColumn("document_id").AsGuid().Nullable();
}
