using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a rule version: optional, stored unvalidated until the
/// register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(6, "Rule document id on vehicle rules")]
[Tags("vehicles")]
public sealed class M0006_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("vehicles_rule").AddColumn("document_id").AsGuid().Nullable();
}
