using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>
/// The bureau flag (an organ may be the organ-affairs bureau of its division code), and the organs
/// registered so far copied into Shared's organ directory (docs/adr/0022). From here on the Organs
/// repository writes the directory in the transaction of each change; this one INSERT … SELECT is the
/// only statement that reads organs_organ to fill it, and it runs inside the module that owns both.
/// </summary>
[Migration(4, "Bureau flag and organ directory backfill")]
[Tags("organs")]
public sealed class M0004_BureauFlagAndDirectory : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("organs_organ").AddColumn("is_bureau").AsBoolean().NotNullable().WithDefaultValue(false);
        Execute.Sql(
            "INSERT INTO shared_organ_directory (organ_id, division_code, status, is_bureau) " +
            "SELECT id, division_code, status, is_bureau FROM organs_organ");
    }
}
