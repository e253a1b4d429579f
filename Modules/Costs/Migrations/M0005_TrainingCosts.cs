using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>
/// Training costs (培训费) per organ and year, entered here for the companion table of the disclosure packs (no duty module records
/// them; meeting costs come from Logistics): the courses, the trainees and the cost in fen, with a version for If-Match.
/// </summary>
[Migration(5, "Training costs per organ and year for the disclosure's companion table")]
[Tags("costs")]
public sealed class M0005_TrainingCosts : ModuleMigration
{
    public override void Up()
    {
        var training = Create.Table("costs_training_cost")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_training_cost")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("courses").AsInt32().NotNullable()
            .WithColumn("trainees").AsInt32().NotNullable()
            .WithColumn("amount_fen").AsInt64().NotNullable()
            .WithColumn("note").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(training.WithColumn("created_at")).NotNullable();
        Instant(training.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_costs_training_cost_organ_year").OnTable("costs_training_cost")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();
    }
}
