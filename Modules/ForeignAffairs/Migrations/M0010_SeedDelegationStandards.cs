using FluentMigrator;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Seeds the central standards of receiving foreign guests (FI1) from 财行〔2013〕533号 as DOMAIN.md gives them (confidence M): 2 banquets
/// per stay, 400 / 300 per head by the host's rank, buffet 150, cocktail 100, tea party 60, daily meals 600 / 550 for the two highest
/// grades of guests. No gift limit, accompanying ratio or daily meals of other guests is seeded: DOMAIN.md gives none.
/// </summary>
[Migration(10, "Seed the standards of receiving foreign guests (FI1)")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0010_SeedDelegationStandards : ModuleMigration
{
    private const string Source =
        "财行〔2013〕533号 中央和国家机关外宾接待经费管理办法: 每次来访宴请不超过 2 次；宴请 400/300 元/人（按主宾方级别），自助餐 150，冷餐酒会 100，茶会 60；日常伙食 600/550 元/人天 (M；礼品、陪同比例未给出)";

    public override void Up() =>
        Insert.IntoTable("foreign_affairs_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0019-000000000006"),
            kind = RuleKinds.Incoming,
            rule_key = RuleKinds.StandardsKey,
            jurisdiction = "national",
            effective_from = "2013-12-01", // a literal every provider casts to DATE; the notice's exact start is to be confirmed (U)
            value = RuleJson.Write(DelegationStandards.Central2013),
            source = Source,
            confidence = "M",
        });
}
