using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Costs.Migrations;

/// <summary>
/// The module's rule table with the disclosure rules (T3: published within 20 days of the approval, 预算法 Art. 14 and
/// 预算法实施条例 Art. 6 — calendar days; T4: a reason for each change, here beyond 10 % of the previous year's actuals,
/// a local format marked unconfirmed) and the published disclosures.
/// </summary>
[Migration(2, "The rule table with the disclosure deadline and change threshold, and published disclosures")]
[Tags("costs")]
public sealed class M0002_Disclosures : ModuleMigration
{
    private const string BudgetLaw = "中华人民共和国预算法（2018 修正）第十四条、预算法实施条例（2020）第六条：部门预算、决算经批复后二十日内向社会公开（日历日）";

    public override void Up()
    {
        Create.Table("costs_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable();
        Create.Index("ux_costs_rule_version").OnTable("costs_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();

        Row("00000000-0000-0000-0008-000000000001", "disclosure-due", "Budget", """{"days":20}""", BudgetLaw + "（预算）");
        Row("00000000-0000-0000-0008-000000000002", "disclosure-due", "FinalAccount", """{"days":20}""", BudgetLaw + "（决算）");
        Row("00000000-0000-0000-0008-000000000003", "change-reason", "all", """{"thresholdPercent":10}""",
            "三公经费公开说明增减变化原因（地方格式；阈值 10% 为示例，待核对）");

        var disclosure = Create.Table("costs_disclosure")
            .WithColumn("id").AsGuid().PrimaryKey("pk_costs_disclosure")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("content").AsString(int.MaxValue).NotNullable();
        Instant(disclosure.WithColumn("published_at")).NotNullable();
        Create.Index("ux_costs_disclosure_organ_year_kind").OnTable("costs_disclosure")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().OnColumn("kind").Ascending().WithOptions().Unique();
    }

    private void Row(string id, string kind, string key, string value, string source) =>
        Insert.IntoTable("costs_rule").Row(new
        {
            id = Guid.Parse(id),
            kind,
            rule_key = key,
            jurisdiction = "national",
            effective_from = "2015-01-01", // the revised Budget Law in force (a literal every provider casts to DATE)
            effective_to = (string?)null,
            value,
            source,
        });
}
