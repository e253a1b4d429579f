using FluentMigrator;

namespace OrganAffairs.Shared.Migrations;

/// <summary>
/// The organ directory every module's organ scope filters by (docs/adr/0022). The Organs module
/// writes it in the transaction of each organ change, and its own migration fills it from the organs
/// already registered (this migration runs first, before Organs' tables may exist).
/// </summary>
[Migration(2, "Organ directory")]
[Tags("shared")]
public sealed class M0002_OrganDirectory : ModuleMigration
{
    public override void Up()
    {
        Create.Table("shared_organ_directory")
            .WithColumn("organ_id").AsGuid().PrimaryKey("pk_shared_organ_directory")
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("is_bureau").AsBoolean().NotNullable().WithDefaultValue(false);
        // The scope's "division_code LIKE '3201%'" reads this index; organ_id rides along for the IN (SELECT …).
        Create.Index("ix_shared_organ_directory_division").OnTable("shared_organ_directory")
            .OnColumn("division_code").Ascending().OnColumn("organ_id").Ascending();
    }
}
