using FluentMigrator;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Issue 19 item 2: a member may be on their own organ's leadership team (领导班子, a flag the client sets from the post), and the
/// national limits of migration 2 gain the leadership-team limit (one member of an organ's leadership team per delegation, F12).
/// The seeded version's value is corrected in place (as Energy's migration 4 did): the rule was part of the 2013 practice the
/// version stands for; no per-person yearly trip limit is seeded (F11, a local value).
/// </summary>
[Migration(12, "Leadership-team members and their limit")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0012_LeadershipTeam : ModuleMigration
{
    private const string Source =
        "中办发〔2013〕16号《关于进一步加强因公临时出国管理的通知》: ≤6 人含翻译, 1/2/3 国 ≤5/8/10 天（出入境当日计算）, ≤3 国（经停出机场计入）, 拉美和非洲 +1 天 (H); 公务活动 ≥2/3 (M, 地方规定); 同一单位领导班子成员不得同团出访 (M, 议题 19, 原文待核)";

    /// <summary>Migration 2's national limits.</summary>
    private static readonly Guid NationalLimits = new("00000000-0000-0000-0019-000000000001");

    public override void Up()
    {
        Alter.Table("foreign_affairs_member").AddColumn("leadership_team").AsBoolean().NotNullable().WithDefaultValue(false);
        Update.Table("foreign_affairs_rule")
            .Set(new { value = RuleJson.Write(OutboundLimits.National2013 with { MaxLeadershipMembers = 1 }), source = Source })
            .Where(new { id = NationalLimits });
    }
}
