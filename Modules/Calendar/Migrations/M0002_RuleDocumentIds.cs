using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Calendar.Migrations;

/// <summary>
/// The document in the rules register (制度) that set a rule version: optional, stored unvalidated until the
/// register (Guidance) exists (docs/adr/0021).
/// </summary>
[Migration(2, "Rule document id on working hours")]
[Tags("calendar")]
public sealed class M0002_RuleDocumentIds : ModuleMigration
{
    public override void Up() =>
        Alter.Table("calendar_working_hours").AddColumn("document_id").AsGuid().Nullable();
}
