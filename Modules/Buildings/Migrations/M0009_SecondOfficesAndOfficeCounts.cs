using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// B3/B5 as rule data: how many offices a person may hold in the organ of the primary post (1) and in all
/// (2), a national ceiling seeded from 党政机关办公用房管理办法 (in force 2017-12-05), article 19. B4: a second
/// office records the concurrent post's rank (its area limit), the reason (the distance) and the approval
/// (docs/adr/0033).
/// </summary>
[Migration(9, "Office count rule (B3, B5); second offices record rank, reason and approval (B4)")]
[Tags("buildings")]
public sealed class M0009_SecondOfficesAndOfficeCounts : ModuleMigration
{
    public override void Up()
    {
        Create.Table("buildings_office_count_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_office_count_rule")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("primary_organ_offices").AsInt32().NotNullable()
            .WithColumn("max_offices").AsInt32().NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("document_id").AsGuid().Nullable();
        Create.Index("ux_buildings_office_count_rule_version").OnTable("buildings_office_count_rule")
            .OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending().WithOptions().Unique();
        Insert.IntoTable("buildings_office_count_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0009-000000000001"), jurisdiction = "national", primary_organ_offices = 1, max_offices = 2,
            effective_from = "2017-12-05",
            source = "党政机关办公用房管理办法（2017年）第十九条：领导干部在不同单位同时任职的，应当在主要任职单位安排 1 处办公用房；主要任职单位与兼职单位相距较远且经常到兼职单位工作的，经严格审批后，可以由兼职单位再安排 1 处小于标准面积的办公用房",
        });
        Alter.Table("buildings_assignment").AddColumn("concurrent_post_rank_code").AsString(50).Nullable();
        Alter.Table("buildings_assignment").AddColumn("second_office_reason").AsString(500).Nullable();
        Alter.Table("buildings_assignment").AddColumn("second_office_approval_reference").AsString(100).Nullable();
    }
}
