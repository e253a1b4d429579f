using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Assets.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a rule version: optional, stored unvalidated until the
/// register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(3, "Rule document id on service life")]
[Tags("assets")]
public sealed class M0003_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("assets_service_life").AddColumn("document_id").AsGuid().Nullable();
}
