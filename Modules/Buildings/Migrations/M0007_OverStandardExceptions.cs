using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Buildings.Migrations;

/// <summary>
/// 党政机关办公用房管理办法 took effect on 2017-12-05 (人民日报 2017-12-12: "办法自2017年12月5日起施行"), not on
/// 2017-01-01: the seeded deadline rules move to that date (a version an operator already moved is left alone).
/// A first office over the standard is kept only with an approved exception, recorded on the assignment, and it
/// opens a recovery case whose deadline is the new OverStandardRecovery rule (docs/adr/0028).
/// </summary>
[Migration(7, "Measures' own date on the deadline rules; over-standard exceptions and their recovery deadline")]
[Tags("buildings")]
public sealed class M0007_OverStandardExceptions : ModuleMigration
{
    private const string MeasuresDate = "2017-12-05";

    public override void Up()
    {
        foreach (var id in new[] { "00000000-0000-0000-0004-000000000001", "00000000-0000-0000-0004-000000000002" })
        {
            Update.Table("buildings_deadline_rule").Set(new { effective_from = MeasuresDate })
                .Where(new { id = new Guid(id), effective_from = "2017-01-01" });
        }
        Insert.IntoTable("buildings_deadline_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0007-000000000001"), jurisdiction = "national", code = "OverStandardRecovery", months = 1,
            effective_from = MeasuresDate,
            source = "党政机关办公用房管理办法（2017年）：超标准配备、使用的办公用房应当腾退（期限未确认：办法未规定，暂按 1 个月，待地方细则核定）",
        });
        Alter.Table("buildings_assignment").AddColumn("over_standard").AsBoolean().NotNullable().WithDefaultValue(false);
        Alter.Table("buildings_assignment").AddColumn("exception_approval_reference").AsString(100).Nullable();
    }
}
