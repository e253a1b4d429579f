using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// One row per staff member who holds or held an office: the row a new office assignment locks, so
/// two offices for one person assigned in parallel cannot both pass the "at most two" rule.
/// </summary>
[Migration(5, "Per-person lock row for office assignments")]
[Tags("buildings")]
public sealed class M0005_OccupantLock : ModuleMigration
{
    public override void Up() =>
        Create.Table("buildings_occupant")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_occupant");
}
