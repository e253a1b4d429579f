using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// V11: where a vehicle was made (DomesticBrand, JointVenture, Imported). Vehicles registered as a domestic brand
/// become DomesticBrand; the others stay unknown (null), since a foreign brand may be a joint venture made in China
/// or imported (docs/adr/0027).
/// </summary>
[Migration(8, "Vehicle origin (国产 / 合资 / 进口)")]
[Tags("vehicles")]
public sealed class M0008_VehicleOrigin : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("vehicles_vehicle").AddColumn("origin").AsString(20).Nullable();
        Update.Table("vehicles_vehicle").Set(new { origin = "DomesticBrand" }).Where(new { domestic_brand = true });
    }
}
