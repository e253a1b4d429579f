using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a version of a costs rule (the disclosure deadline, the change threshold):
/// optional, checked against the register when a version is added (docs/adr/0052).
/// </summary>
[Migration(4, "Rule document id on the costs rules")]
[Tags("costs")]
public sealed class M0004_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("costs_rule").AddColumn("document_id").AsGuid().Nullable();
}
