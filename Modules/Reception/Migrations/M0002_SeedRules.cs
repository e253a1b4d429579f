using FluentMigrator;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Reception.Migrations;

/// <summary>
/// Seeds the national reception rules: the dining rule and the banned items of 党政机关国内公务接待管理规定 (中办国办,
/// December 2013), the banned items of the revised 党政机关厉行节约反对浪费条例 (in force 2025-05-02: no alcohol at all),
/// same-city reception allowed nationally, and Fujian's meal standard as an unconfirmed example of a local one.
/// </summary>
[Migration(2, "Seed reception rules (2013 provisions, 2025 revision)")]
[Tags("reception")]
public sealed class M0002_SeedRules : ModuleMigration
{
    private const string Provisions2013 = "党政机关国内公务接待管理规定（中共中央办公厅、国务院办公厅，2013年12月）";
    private const string Revision2025 = "党政机关厉行节约反对浪费条例（2025年修订，2025-05-02 起施行）";
    private const string From2013 = "2013-12-08";

    private static readonly ReceptionItem[] Banned2013 =
    [
        ReceptionItem.PremiumDishes, ReceptionItem.Cigarettes, ReceptionItem.PremiumLiquor, ReceptionItem.Gifts, ReceptionItem.LocalProduce,
        ReceptionItem.Tourism, ReceptionItem.Entertainment, ReceptionItem.PrivateClub, ReceptionItem.Banner, ReceptionItem.GreetingCrowd,
        ReceptionItem.WelcomeCeremony, ReceptionItem.CrossRegionGreeting,
    ];

    public override void Up()
    {
        var n = 0;
        Guid NextId() => new($"00000000-0000-0000-0005-{++n:000000000000}");
        Row(NextId(), RuleKinds.Dining, RuleKinds.Single, "national", From2013, null, RuleJson.Write(new DiningValue(1, 10, 3, 3)),
            Provisions2013 + "：工作餐一次；接待对象 10 人以内陪餐不超过 3 人，超过 10 人的不超过三分之一", RuleConfidence.High);
        Row(NextId(), RuleKinds.BannedItems, RuleKinds.Single, "national", From2013, "2025-05-01", RuleJson.Write(new BannedItemsValue(Banned2013)),
            Provisions2013 + "：不得提供高档菜肴、香烟和高档酒水，不得赠送礼金礼品和土特产，不得组织旅游和娱乐，不得在私人会所接待，不得张贴悬挂标语横幅、安排群众迎送、铺设迎宾地毯，不得跨地区迎送", RuleConfidence.Medium);
        Row(NextId(), RuleKinds.BannedItems, RuleKinds.Single, "national", "2025-05-02", null,
            RuleJson.Write(new BannedItemsValue([.. Banned2013, ReceptionItem.Alcohol])), Revision2025 + "：公务接待一律不得提供酒类", RuleConfidence.Medium);
        Row(NextId(), RuleKinds.SameCity, RuleKinds.Single, "national", From2013, null, RuleJson.Write(new SameCityValue(true)),
            Provisions2013 + "：全国未禁止同城接待；地方可取消（2025 年多地取消）", RuleConfidence.Medium);
        foreach (var rank in Enum.GetValues<GuestRank>())
        {
            Row(NextId(), RuleKinds.MealStandard, rank.ToString(), "350000", "2014-01-01", null, RuleJson.Write(new MealStandardValue(15_000, MealStandardUnit.PerDay)),
                "福建省公务接待用餐标准每人每天 150 元（示例，原文与生效日期待核对）", RuleConfidence.Unconfirmed);
        }
    }

    private void Row(Guid id, string kind, string key, string jurisdiction, string from, string? to, string value, string source, RuleConfidence confidence) =>
        Insert.IntoTable("reception_rule").Row(new
        {
            id,
            kind,
            rule_key = key,
            jurisdiction,
            effective_from = from, // a literal every provider casts to DATE
            effective_to = to,
            value,
            source,
            confidence = confidence.ToString(),
        });
}
