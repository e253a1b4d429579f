using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a rank version: optional, stored unvalidated until the
/// register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(5, "Rule document id on ranks")]
[Tags("organs")]
public sealed class M0005_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("organs_rank").AddColumn("document_id").AsGuid().Nullable();
}
