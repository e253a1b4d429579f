using FluentMigrator;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Seeds the hand-back of travel documents (F10): nationally within 7 calendar days of the return (H), no lock; Beijing's local
/// practice locks new submissions of a unit with a document more than 30 days overdue (H-local, DOMAIN.md "Outbound visits").
/// </summary>
[Migration(5, "Seed the hand-back of travel documents (F10)")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0005_SeedHandBackRules : ModuleMigration
{
    private const string NationalSource = "中办发〔2013〕16号 及因公出国（境）证照管理规定: 回国（境）后 7 天内将证照交回保管 (H)";
    private const string BeijingSource = "北京市因公出国（境）证照管理: 证照逾期 30 天以上未交回的单位暂停受理新的出国申请 (H, 地方做法)";

    public override void Up()
    {
        Row(new Guid("00000000-0000-0000-0019-000000000003"), "national", RuleJson.Write(HandBackRule.National), NationalSource, "H");
        Row(new Guid("00000000-0000-0000-0019-000000000004"), "110000", RuleJson.Write(HandBackRule.National with { LockAfterDaysOverdue = 30 }), BeijingSource, "H");
    }

    private void Row(Guid id, string jurisdiction, string value, string source, string confidence) =>
        Insert.IntoTable("foreign_affairs_rule").Row(new
        {
            id,
            kind = RuleKinds.Documents,
            rule_key = RuleKinds.HandBackKey,
            jurisdiction,
            effective_from = "2013-01-01", // a literal every provider casts to DATE
            value,
            source,
            confidence,
        });
}
