using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>Allocation of rooms to organs (配置) and each organ's approved office area (核定面积), versioned by date.</summary>
[Migration(2, "Allocations and approved office areas")]
[Tags("buildings")]
public sealed class M0002_Allocations : ModuleMigration
{
    public override void Up()
    {
        var allocation = Create.Table("buildings_allocation")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_allocation")
            .WithColumn("room_id").AsGuid().NotNullable().ForeignKey("fk_buildings_allocation_room", "buildings_room", "id")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("route").AsString(20).NotNullable()
            .WithColumn("agreement_number").AsString(100).NotNullable()
            .WithColumn("certificate_number").AsString(100).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("released_on").AsDate().Nullable()
            .WithColumn("release_reason").AsString(500).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(allocation.WithColumn("created_at")).NotNullable();
        Instant(allocation.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_buildings_allocation_room").OnTable("buildings_allocation").OnColumn("room_id");
        Create.Index("ix_buildings_allocation_organ").OnTable("buildings_allocation").OnColumn("organ_id");

        var approved = Create.Table("buildings_approved_area")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_approved_area")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("office_area_centi").AsInt64().NotNullable()
            .WithColumn("approval_reference").AsString(200).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable();
        Instant(approved.WithColumn("created_at")).NotNullable();
        Create.Index("ux_buildings_approved_area_version").OnTable("buildings_approved_area")
            .OnColumn("organ_id").Ascending().OnColumn("effective_from").Ascending().WithOptions().Unique();
    }
}
