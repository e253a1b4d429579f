using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

/// <summary>
/// Reporting cycles (issue 21, item 2): report types with their form's JSON Schema, the module's rule table (the due-date rule
/// keyed by the report type's code), cycles per period and one submission per bureau. Seeds the two yearly reports the issue
/// names and their due-date rules. Constraints and indexes are named.
/// </summary>
[Migration(3, "Reporting cycles: report types, the rule table, cycles and submissions")]
[Tags(GuidanceModule.Name)]
public sealed class M0003_ReportingCycles : ModuleMigration
{
    /// <summary>The seeded operating-cost survey (机关运行成本统计调查), yearly.</summary>
    public static readonly Guid OperatingCostSurveyId = new("00000000-0000-0000-0021-000000000001");

    /// <summary>The seeded regional energy summary of a lower-level bureau (区域汇总), yearly.</summary>
    public static readonly Guid EnergySummaryId = new("00000000-0000-0000-0021-000000000002");

    private const string OperatingCostSchema = """
        {"type":"object","required":["organCount","staffCount","operatingCostYuan"],"properties":{"organCount":{"type":"integer","minimum":0,"title":"机关单位数"},"staffCount":{"type":"integer","minimum":0,"title":"编制人数"},"operatingCostYuan":{"type":"number","minimum":0,"title":"机关运行成本（元）"},"note":{"type":"string","maxLength":2000,"title":"说明"}}}
        """;

    private const string EnergySchema = """
        {"type":"object","required":["institutionCount","energyKgce","waterM3","buildingAreaM2"],"properties":{"institutionCount":{"type":"integer","minimum":0,"title":"公共机构数"},"energyKgce":{"type":"number","minimum":0,"title":"综合能耗（千克标准煤）"},"waterM3":{"type":"number","minimum":0,"title":"用水量（立方米）"},"buildingAreaM2":{"type":"number","minimum":0,"title":"建筑面积（平方米）"},"note":{"type":"string","maxLength":2000,"title":"说明"}}}
        """;

    public override void Up()
    {
        var type = Create.Table("guidance_report_type")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_report_type")
            .WithColumn("code").AsString(60).NotNullable()
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("period").AsString(10).NotNullable()
            .WithColumn("form_schema").AsString(int.MaxValue).NotNullable()
            .WithColumn("description").AsString(2000).Nullable();
        Instant(type.WithColumn("created_at")).NotNullable();
        Create.Index("ux_guidance_report_type_code").OnTable("guidance_report_type").OnColumn("code").Ascending().WithOptions().Unique();

        // Versioned, jurisdiction-scoped rules of every kind; the value is the kind's typed record as JSON (docs/adr/0034).
        Create.Table("guidance_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("confidence").AsString(10).NotNullable();
        Create.Index("ux_guidance_rule_version").OnTable("guidance_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();

        var cycle = Create.Table("guidance_report_cycle")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_report_cycle")
            .WithColumn("report_type_id").AsGuid().NotNullable()
            .WithColumn("period").AsString(10).NotNullable()
            .WithColumn("period_label").AsString(10).NotNullable()
            .WithColumn("period_start").AsDate().NotNullable()
            .WithColumn("period_end").AsDate().NotNullable()
            .WithColumn("due_on").AsDate().NotNullable()
            .WithColumn("rule_version_id").AsGuid().NotNullable()
            .WithColumn("working_days").AsInt32().NotNullable();
        Instant(cycle.WithColumn("opened_at")).NotNullable();
        Create.Index("ux_guidance_report_cycle_period").OnTable("guidance_report_cycle")
            .OnColumn("report_type_id").Ascending().OnColumn("period_label").Ascending().WithOptions().Unique();
        Create.Index("ix_guidance_report_cycle_end").OnTable("guidance_report_cycle").OnColumn("period_end").Ascending();

        var submission = Create.Table("guidance_report_submission")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_report_submission")
            .WithColumn("cycle_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("data").AsString(int.MaxValue).Nullable()
            .WithColumn("comments").AsString(2000).Nullable()
            .WithColumn("due_on").AsDate().NotNullable()
            .WithColumn("first_submitted_on").AsDate().Nullable()
            .WithColumn("submitted_on").AsDate().Nullable()
            .WithColumn("accepted_on").AsDate().Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(submission.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_guidance_report_submission").OnTable("guidance_report_submission")
            .OnColumn("cycle_id").Ascending().OnColumn("organ_id").Ascending().WithOptions().Unique();
        Create.Index("ix_guidance_report_submission_organ").OnTable("guidance_report_submission")
            .OnColumn("organ_id").Ascending().OnColumn("due_on").Ascending();

        SeedType(OperatingCostSurveyId, "operating-cost-survey", "机关运行成本统计调查表（年度）", OperatingCostSchema,
            "国管局机关运行成本统计调查制度: 下级机关事务管理局按年度汇总本地区机关运行成本 (issue 21 item 2)。");
        SeedType(EnergySummaryId, "energy-regional-summary", "区域公共机构能源资源消费汇总表（年度）", EnergySchema,
            "公共机构节能条例: 下级管理局汇总本地区公共机构能源资源消费情况 (区域汇总)，由 Energy 的年度报告预填，不另存机构报告。");
        // The due-date rules: local values (no national regulation fixes a bureau-to-bureau deadline); 20 working days after
        // the year ends is the seeded default, to be replaced by each deployment's own notice.
        SeedRule(new Guid("00000000-0000-0000-0021-000000000101"), "operating-cost-survey", 20,
            "本地做法: 年度机关运行成本统计于次年初报送，默认年度结束后 20 个工作日 (U，请以本地通知替换)");
        SeedRule(new Guid("00000000-0000-0000-0021-000000000102"), "energy-regional-summary", 55,
            "公共机构节能条例/能源资源消费统计制度: 年报 3 月 31 日前报送 (E6)，约为年度结束后 55 个工作日 (U，请以本地通知替换)");
    }

    private void SeedType(Guid id, string code, string name, string schema, string description) =>
        Insert.IntoTable("guidance_report_type").Row(new
        {
            id, code, name, period = "Year", form_schema = schema.Trim(), description,
            created_at = "2026-12-01 00:00:00+00:00", // UTC, a literal every provider reads as an instant
        });

    private void SeedRule(Guid id, string code, int workingDays, string source) =>
        Insert.IntoTable("guidance_rule").Row(new
        {
            id, kind = "report-due", rule_key = code, jurisdiction = "national",
            effective_from = "2020-01-01", // a literal every provider casts to DATE
            value = $"{{\"workingDays\":{workingDays}}}", source, confidence = "U",
        });
}
