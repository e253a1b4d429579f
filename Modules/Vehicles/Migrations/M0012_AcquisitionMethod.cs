using FluentMigrator;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// How each vehicle came to the organ (Purchase, TransferIn, InitialLedger, Other). Every vehicle registered before is
/// InitialLedger: nothing recorded says it was bought, so none is counted as 购置 after the fact (docs/adr/0044).
/// </summary>
[Migration(12, "Vehicle acquisition method (购置 / 调入 / 建账录入 / 其他)")]
[Tags("vehicles")]
public sealed class M0012_AcquisitionMethod : ModuleMigration
{
    public override void Up() =>
        Alter.Table("vehicles_vehicle").AddColumn("acquisition_method").AsString(20).NotNullable().WithDefaultValue(nameof(AcquisitionMethod.InitialLedger));
}
