using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// The office-area standard per person (a versioned, jurisdiction-scoped rule table), seeded nationally
/// from 2014-12-01 from 党政机关办公用房建设标准（发改投资〔2014〕2674号）; rank codes as in the
/// Organs module's rank table. Township standards are set by provinces and are not seeded. Also the
/// assignment of offices to staff.
/// </summary>
[Migration(3, "Office standards (发改投资〔2014〕2674号) and office assignments")]
[Tags("buildings")]
public sealed class M0003_OfficeStandardsAndAssignments : ModuleMigration
{
    private const string Source = "党政机关办公用房建设标准（发改投资〔2014〕2674号）";

    private static readonly (string Level, string Rank, int M2)[] Standards =
    [
        ("Central", "MinisterPrincipal", 54), ("Central", "MinisterDeputy", 42), ("Central", "DepartmentPrincipal", 24),
        ("Central", "DepartmentDeputy", 18), ("Central", "Division", 12), ("Central", "BelowDivision", 9),
        ("Provincial", "ProvincialPrincipal", 54), ("Provincial", "ProvincialDeputy", 42), ("Provincial", "DepartmentPrincipal", 30),
        ("Provincial", "DepartmentDeputy", 24), ("Provincial", "DivisionPrincipal", 18), ("Provincial", "DivisionDeputy", 12), ("Provincial", "BelowDivision", 9),
        ("Municipal", "MunicipalPrincipal", 42), ("Municipal", "MunicipalDeputy", 30), ("Municipal", "BureauPrincipal", 24),
        ("Municipal", "BureauDeputy", 18), ("Municipal", "BelowBureau", 9),
        ("County", "CountyPrincipal", 30), ("County", "CountyDeputy", 24), ("County", "SectionPrincipal", 18),
        ("County", "SectionDeputy", 12), ("County", "BelowSection", 9),
    ];

    public override void Up()
    {
        Create.Table("buildings_office_standard")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_office_standard")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("level").AsString(20).NotNullable()
            .WithColumn("rank_code").AsString(50).NotNullable()
            .WithColumn("area_centi").AsInt64().NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_buildings_office_standard_version").OnTable("buildings_office_standard")
            .OnColumn("jurisdiction").Ascending().OnColumn("level").Ascending().OnColumn("rank_code").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();
        var n = 0;
        foreach (var (level, rank, m2) in Standards)
        {
            Insert.IntoTable("buildings_office_standard").Row(new
            {
                id = new Guid($"00000000-0000-0000-0003-{++n:000000000000}"),
                jurisdiction = "national",
                level,
                rank_code = rank,
                area_centi = (long)m2 * 100,
                effective_from = "2014-12-01", // a literal every provider casts to DATE
                source = Source,
            });
        }

        var assignment = Create.Table("buildings_assignment")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_assignment")
            .WithColumn("room_id").AsGuid().NotNullable().ForeignKey("fk_buildings_assignment_room", "buildings_room", "id")
            .WithColumn("staff_member_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("allocation_id").AsGuid().NotNullable().ForeignKey("fk_buildings_assignment_allocation", "buildings_allocation", "id")
            .WithColumn("is_second_office").AsBoolean().NotNullable()
            .WithColumn("started_on").AsDate().NotNullable()
            .WithColumn("released_on").AsDate().Nullable()
            .WithColumn("release_reason").AsString(500).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(assignment.WithColumn("created_at")).NotNullable();
        Instant(assignment.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_buildings_assignment_room").OnTable("buildings_assignment").OnColumn("room_id");
        Create.Index("ix_buildings_assignment_staff").OnTable("buildings_assignment").OnColumn("staff_member_id");
        Create.Index("ix_buildings_assignment_organ").OnTable("buildings_assignment").OnColumn("organ_id");
    }
}
