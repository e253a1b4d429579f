using FluentMigrator;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Logistics.Migrations;

/// <summary>
/// Registered meetings (会议) and the meeting-class caps they are checked against, seeded from the central standard
/// (财行〔2016〕214号, confidence M as DOMAIN.md gives it): all-in daily cap per person 760 / 650 / 550 / 550 CNY for classes
/// one to four; attendees at most 300 / 150 / 50 for classes two to four (class one has no cap there). A jurisdiction
/// that sets its own standard adds a version for its division code.
/// </summary>
[Migration(4, "Meetings and meeting-class caps")]
[Tags("logistics")]
public sealed class M0004_Meetings : ModuleMigration
{
    private const string Central2016 = "财政部 国管局 中直管理局 财行〔2016〕214号《中央和国家机关会议费管理办法》";

    public override void Up()
    {
        var meeting = Create.Table("logistics_meeting")
            .WithColumn("id").AsGuid().PrimaryKey("pk_logistics_meeting")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("meeting_class").AsString(10).NotNullable()
            .WithColumn("attendees").AsInt32().NotNullable()
            .WithColumn("days").AsInt32().NotNullable()
            .WithColumn("budget_fen").AsInt64().NotNullable()
            .WithColumn("daily_cap_fen").AsInt64().NotNullable()
            .WithColumn("max_attendees").AsInt32().Nullable()
            .WithColumn("rule_version_id").AsGuid().NotNullable()
            .WithColumn("room_id").AsGuid().NotNullable()
            .WithColumn("booking_id").AsGuid().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("reason").AsString(500).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(meeting.WithColumn("starts_at")).NotNullable();
        Instant(meeting.WithColumn("ends_at")).NotNullable();
        Instant(meeting.WithColumn("created_at")).NotNullable();
        Instant(meeting.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_logistics_meeting_organ").OnTable("logistics_meeting").OnColumn("organ_id");
        Create.Index("ux_logistics_meeting_booking").OnTable("logistics_meeting").OnColumn("booking_id").Ascending().WithOptions().Unique();

        Row("00000000-0000-0000-0008-000000000401", MeetingClass.One, 76_000, null, "一类会议综合定额每人每天 760 元");
        Row("00000000-0000-0000-0008-000000000402", MeetingClass.Two, 65_000, 300, "二类会议综合定额每人每天 650 元，参会人员不超过 300 人");
        Row("00000000-0000-0000-0008-000000000403", MeetingClass.Three, 55_000, 150, "三类会议综合定额每人每天 550 元，参会人员不超过 150 人");
        Row("00000000-0000-0000-0008-000000000404", MeetingClass.Four, 55_000, 50, "四类会议综合定额每人每天 550 元，参会人员一般不超过 50 人");
    }

    private void Row(string id, MeetingClass meetingClass, long dailyCapFen, int? maxAttendees, string what) =>
        Insert.IntoTable("logistics_rule").Row(new
        {
            id = Guid.Parse(id), kind = MeetingClassRules.Kind, rule_key = MeetingClassRules.KeyOf(meetingClass), jurisdiction = "national",
            effective_from = "2016-07-01", value = RuleJson.Write(new MeetingClassValue(dailyCapFen, maxAttendees)), source = $"{Central2016}：{what}", confidence = "M",
        });
}
