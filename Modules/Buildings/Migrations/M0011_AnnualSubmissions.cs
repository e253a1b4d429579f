using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// B9: the yearly publication (公示) of room use and filing (备案) of leaders' offices are obligations with a due
/// date (deadline rules PublicationDue and FilingDue, months after 31 December) and a submission per organ and year.
/// The measures (第十九条) say "按年度" and name no date: the national seed (3 months, i.e. 31 March) is marked
/// unconfirmed in its source, for a province to set its own version.
/// </summary>
[Migration(11, "Yearly publication and filing: due-date rules and submissions (B9)")]
[Tags("buildings")]
public sealed class M0011_AnnualSubmissions : ModuleMigration
{
    private const string Source = "党政机关办公用房管理办法（2017年）第十九条：办公用房安排使用情况应当按年度内部公示；领导干部办公用房配备情况应当按年度报机关事务管理部门备案";

    public override void Up()
    {
        Insert.IntoTable("buildings_deadline_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0011-000000000001"), jurisdiction = "national", code = "PublicationDue", months = 3, effective_from = "2017-12-05",
            source = Source + "（期限未确认：办法未规定日期，暂按次年 3 月 31 日，待地方细则核定）",
        });
        Insert.IntoTable("buildings_deadline_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0011-000000000002"), jurisdiction = "national", code = "FilingDue", months = 3, effective_from = "2017-12-05",
            source = Source + "（期限未确认：办法未规定日期，暂按次年 3 月 31 日，待地方细则核定）",
        });
        var submission = Create.Table("buildings_annual_submission")
            .WithColumn("id").AsGuid().PrimaryKey("pk_buildings_annual_submission")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("due_on").AsDate().NotNullable()
            .WithColumn("rule_id").AsGuid().NotNullable()
            .WithColumn("submitted_on").AsDate().NotNullable()
            .WithColumn("reference").AsString(100).NotNullable();
        Instant(submission.WithColumn("created_at")).NotNullable();
        Create.Index("ux_buildings_annual_submission").OnTable("buildings_annual_submission")
            .OnColumn("organ_id").Ascending().OnColumn("year").Ascending().OnColumn("kind").Ascending().WithOptions().Unique();
    }
}
