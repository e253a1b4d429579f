using FluentMigrator;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Seeds the national outbound limits of 中办发〔2013〕16号 (seeded from 2013-01-01: the notice's exact start is to be confirmed, U;
/// 2012's 6/10/12 days are not seeded) and the Latin America and Africa list of the extra day.
/// </summary>
[Migration(2, "Seed the national outbound limits (中办发〔2013〕16号)")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0002_SeedRules : ModuleMigration
{
    private const string LimitsSource =
        "中办发〔2013〕16号《关于进一步加强因公临时出国管理的通知》: ≤6 人含翻译, 1/2/3 国 ≤5/8/10 天（出入境当日计算）, ≤3 国（经停出机场计入）, 拉美和非洲 +1 天 (H); 公务活动 ≥2/3 (M, 地方规定)";
    private const string RegionsSource = "中办发〔2013〕16号: 拉美、非洲国家 +1 天 (H); 名单: 非洲联盟 54 个联合国会员国、拉共体 33 国 (M)";

    public override void Up()
    {
        Row(new Guid("00000000-0000-0000-0019-000000000001"), RuleKinds.Limits, RuleKinds.GeneralKey, RuleJson.Write(OutboundLimits.National2013), LimitsSource, "H");
        Row(new Guid("00000000-0000-0000-0019-000000000002"), RuleKinds.Regions, RuleKinds.ExtraDayKey, RuleJson.Write(ExtraDayRegions.LatinAmericaAndAfrica), RegionsSource, "M");
    }

    private void Row(Guid id, string kind, string key, string value, string source, string confidence) =>
        Insert.IntoTable("foreign_affairs_rule").Row(new
        {
            id,
            kind,
            rule_key = key,
            jurisdiction = "national",
            effective_from = "2013-01-01", // a literal every provider casts to DATE
            value,
            source,
            confidence,
        });
}
