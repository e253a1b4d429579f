using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>Satisfaction surveys per provider and service item, and the responses of the sampled requesters.</summary>
[Migration(9, "Satisfaction surveys and responses")]
[Tags("logistics")]
public sealed class M0009_Surveys : ModuleMigration
{
    public override void Up()
    {
        var survey = Create.Table("logistics_survey")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_survey")
            .WithColumn("provider_credit_code").AsString(18).NotNullable()
            .WithColumn("service_item").AsString(60).NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("questions").AsString(4000).NotNullable()
            .WithColumn("sample_percent").AsInt32().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(survey.WithColumn("created_at")).NotNullable();
        Create.Index("ix_logistics_survey_provider").OnTable("logistics_survey").OnColumn("provider_credit_code");

        // One response per survey and work order; the month is the business month the order was closed in.
        var response = Create.Table("logistics_survey_response")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_survey_response")
            .WithColumn("survey_id").AsGuid().NotNullable()
            .WithColumn("work_order_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("staff_member_id").AsGuid().NotNullable()
            .WithColumn("month").AsDate().NotNullable()
            .WithColumn("scores").AsString(200).NotNullable()
            .WithColumn("comment").AsString(500).Nullable();
        Instant(response.WithColumn("created_at")).NotNullable();
        Create.Index("ux_logistics_survey_response_order").OnTable("logistics_survey_response")
            .OnColumn("survey_id").Ascending().OnColumn("work_order_id").Ascending().WithOptions().Unique();
        Create.Index("ix_logistics_survey_response_month").OnTable("logistics_survey_response").OnColumn("survey_id").Ascending().OnColumn("month").Ascending();
    }
}
