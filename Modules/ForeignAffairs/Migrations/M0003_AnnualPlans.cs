using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>The organs' annual plans of outbound visits; one row per organ and year, locked by approvals.</summary>
[Migration(3, "Annual plans of outbound visits")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0003_AnnualPlans : ModuleMigration
{
    public override void Up()
    {
        Create.Table("foreign_affairs_plan")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_plan")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("trips").AsInt32().NotNullable()
            .WithColumn("persons").AsInt32().NotNullable()
            .WithColumn("approved_trips").AsInt32().NotNullable()
            .WithColumn("approved_persons").AsInt32().NotNullable();
        Create.Index("ux_foreign_affairs_plan_organ_year").OnTable("foreign_affairs_plan")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();
    }
}
