using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

/// <summary>
/// Inspection campaigns and rectification (issue 21, items 3 and 4): annual plans, checklist templates (seeds the eight energy
/// supervision items of 公共机构节能条例 Art. 35), campaigns with their candidate units (the draw's candidate list and ranks),
/// findings with their rectification, and the rectification deadline rules by severity in guidance_rule. Constraints and
/// indexes are named.
/// </summary>
[Migration(4, "Inspection plans, campaigns, draws, findings and rectification")]
[Tags(GuidanceModule.Name)]
public sealed class M0004_InspectionCampaigns : ModuleMigration
{
    public const string EnergyTemplate = "energy-supervision";
    private const string Art35 = "公共机构节能条例 第三十五条（监督检查事项），第三十七条（限期改正，逾期通报）";

    public override void Up()
    {
        var plan = Create.Table("guidance_inspection_plan")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_inspection_plan")
            .WithColumn("plan_year").AsInt32().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("description").AsString(2000).Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("approved_by").AsGuid().Nullable()
            .WithColumn("approval_reference").AsString(200).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(plan.WithColumn("approved_at")).Nullable();
        Instant(plan.WithColumn("created_at")).NotNullable();
        Create.Index("ux_guidance_inspection_plan_year").OnTable("guidance_inspection_plan").OnColumn("plan_year").Ascending().WithOptions().Unique();

        Create.Table("guidance_checklist_item")
            .WithColumn("template_code").AsString(60).NotNullable().PrimaryKey("pk_guidance_checklist_item")
            .WithColumn("item_code").AsString(60).NotNullable().PrimaryKey("pk_guidance_checklist_item")
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("rule_id").AsString(10).NotNullable()
            .WithColumn("source").AsString(500).Nullable();

        var campaign = Create.Table("guidance_campaign")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_campaign")
            .WithColumn("plan_id").AsGuid().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("duties").AsString(200).NotNullable()
            .WithColumn("checklist").AsString(int.MaxValue).NotNullable()
            .WithColumn("inspectors").AsString(int.MaxValue).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("seed").AsString(128).Nullable()
            .WithColumn("unit_count").AsInt32().Nullable()
            .WithColumn("inspector_count").AsInt32().Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(campaign.WithColumn("created_at")).NotNullable();
        Instant(campaign.WithColumn("drawn_at")).Nullable();
        Instant(campaign.WithColumn("published_at")).Nullable();
        Create.Index("ix_guidance_campaign_plan").OnTable("guidance_campaign").OnColumn("plan_id").Ascending();

        Create.Table("guidance_campaign_unit")
            .WithColumn("campaign_id").AsGuid().NotNullable().PrimaryKey("pk_guidance_campaign_unit")
            .WithColumn("organ_id").AsGuid().NotNullable().PrimaryKey("pk_guidance_campaign_unit")
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("draw_key").AsString(64).Nullable()
            .WithColumn("drawn_rank").AsInt32().Nullable();
        Create.Index("ix_guidance_campaign_unit_organ").OnTable("guidance_campaign_unit").OnColumn("organ_id").Ascending();

        var finding = Create.Table("guidance_finding")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_finding")
            .WithColumn("campaign_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("division_code").AsString(6).NotNullable()
            .WithColumn("item_code").AsString(60).NotNullable()
            .WithColumn("severity").AsString(10).NotNullable()
            .WithColumn("rule_id").AsString(10).NotNullable()
            .WithColumn("evidence_reference").AsString(500).NotNullable()
            .WithColumn("description").AsString(2000).NotNullable()
            .WithColumn("visited_on").AsDate().NotNullable()
            .WithColumn("inspector_ids").AsString(4000).NotNullable()
            .WithColumn("opened_on").AsDate().NotNullable()
            .WithColumn("due_on").AsDate().NotNullable()
            .WithColumn("rule_version_id").AsGuid().NotNullable()
            .WithColumn("working_days").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("progress").AsString(2000).Nullable()
            .WithColumn("rectification_evidence").AsString(500).Nullable()
            .WithColumn("reported_on").AsDate().Nullable()
            .WithColumn("review_comments").AsString(2000).Nullable()
            .WithColumn("notified_on").AsDate().Nullable()
            .WithColumn("notice_text").AsString(4000).Nullable()
            .WithColumn("closed_on").AsDate().Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(finding.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_guidance_finding_campaign").OnTable("guidance_finding").OnColumn("campaign_id").Ascending();
        Create.Index("ix_guidance_finding_organ").OnTable("guidance_finding").OnColumn("organ_id").Ascending().OnColumn("due_on").Ascending();
        Create.Index("ix_guidance_finding_due").OnTable("guidance_finding").OnColumn("status").Ascending().OnColumn("due_on").Ascending();

        // The eight items of the energy supervision (公共机构节能条例 Art. 35) with the rule each checks; items with no numbered
        // rule of their own cite G1 (the inspection and rectification rule).
        Item(1, "energy-targets", "年度节能目标和实施方案的制定、落实情况", "E4");
        Item(2, "metering", "能源消费计量、监测和统计情况", "E7");
        Item(3, "quota-compliance", "能源消耗定额执行情况", "E5");
        Item(4, "rules", "节能管理规章制度建立情况", "G1");
        Item(5, "energy-manager", "能源管理岗位设置以及能源管理岗位责任制落实情况", "G1");
        Item(6, "system-operation", "用能系统、设备节能运行情况", "G1");
        Item(7, "energy-audit", "开展能源审计情况", "G1");
        Item(8, "vehicles", "公务用车配备、使用情况", "V6");

        // Rectification deadlines by severity: DOMAIN.md gives no number (the regulations say "within a deadline"), so the seeded
        // values are local defaults of confidence U, to be replaced by each deployment's own rule.
        Due(new Guid("00000000-0000-0000-0021-000000000201"), "Minor", 15);
        Due(new Guid("00000000-0000-0000-0021-000000000202"), "Major", 30);
        Due(new Guid("00000000-0000-0000-0021-000000000203"), "Serious", 60);
    }

    private void Item(int position, string code, string title, string ruleId) =>
        Insert.IntoTable("guidance_checklist_item").Row(new
        {
            template_code = EnergyTemplate, item_code = code, position, title, rule_id = ruleId, source = Art35,
        });

    private void Due(Guid id, string severity, int workingDays) =>
        Insert.IntoTable("guidance_rule").Row(new
        {
            id, kind = "rectification-due", rule_key = severity, jurisdiction = "national",
            effective_from = "2020-01-01", // a literal every provider casts to DATE
            value = $"{{\"workingDays\":{workingDays}}}",
            source = "公共机构节能条例 第三十七条：限期改正（期限未定数值）；本地默认值 (U，请以本地规定替换)", confidence = "U",
        });
}
