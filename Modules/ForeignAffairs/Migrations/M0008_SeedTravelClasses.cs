using FluentMigrator;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Seeds the travel classes by rank (F11): first class for the provincial-ministerial grade, business for the bureau-director grade,
/// economy for others (DOMAIN.md "Outbound visits", M–H). No lodging limit or meals and incidentals lump sum is seeded: DOMAIN.md
/// gives no per-country number (they are added through POST /rules/lodging and /rules/allowances).
/// </summary>
[Migration(8, "Seed the travel classes by rank (F11)")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0008_SeedTravelClasses : ModuleMigration
{
    private const string Source =
        "财行〔2013〕516号 因公临时出国经费管理办法: 省部级乘头等舱，司局级乘公务舱，其他人员乘经济舱 (M–H; 职级代码的归类为本系统的对应，市级领导按厅局级, M)";

    public override void Up() =>
        Insert.IntoTable("foreign_affairs_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0019-000000000005"),
            kind = RuleKinds.TravelClasses,
            rule_key = RuleKinds.RanksKey,
            jurisdiction = "national",
            effective_from = "2013-12-20", // a literal every provider casts to DATE
            value = RuleJson.Write(TravelClasses.National),
            source = Source,
            confidence = "M",
        });
}
