using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

/// <summary>
/// The register's lifecycle and timers (issue 21 item 6): a version for If-Match, the consultation window, the filing (备案)
/// and evaluation (评估) due dates with when each was done, repeal, the date a successor takes over; distribution to
/// lower-level bureaus with acknowledgement by a due date; the timer rules per document type in guidance_rule (kind
/// <c>document-timers</c>), seeded with their sources. Existing documents start at version 1.
/// </summary>
[Migration(5, "Rules register lifecycle: consultation, publication timers, filing, evaluation, repeal, distribution")]
[Tags(GuidanceModule.Name)]
public sealed class M0005_RuleDocumentLifecycle : ModuleMigration
{
    private const string Regulation = "规章制定程序条例（2017年修订）：征求意见一般不少于30日；自公布之日起30日后施行（有例外）；公布后30日内备案";
    private const string Normative = "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）及地方规定：征求意见一般不少于7个工作日；有效期一般5年，试行2年；届满前6个月评估（地方规定，M）";

    public override void Up()
    {
        Alter.Table("guidance_rule_document")
            .AddColumn("version").AsInt64().NotNullable().WithDefaultValue(1)
            .AddColumn("consultation_starts_on").AsDate().Nullable()
            .AddColumn("consultation_ends_on").AsDate().Nullable()
            .AddColumn("delay_exempt_reason").AsString(500).Nullable()
            .AddColumn("filing_due_on").AsDate().Nullable()
            .AddColumn("filed_on").AsDate().Nullable()
            .AddColumn("filed_with").AsString(200).Nullable()
            .AddColumn("evaluation_due_on").AsDate().Nullable()
            .AddColumn("evaluated_on").AsDate().Nullable()
            .AddColumn("evaluation_outcome").AsString(20).Nullable()
            .AddColumn("repealed_on").AsDate().Nullable()
            .AddColumn("repeal_reason").AsString(500).Nullable()
            .AddColumn("superseded_on").AsDate().Nullable();

        var distribution = Create.Table("guidance_document_distribution")
            .WithColumn("document_id").AsGuid().NotNullable().PrimaryKey("pk_guidance_document_distribution")
            .WithColumn("bureau_id").AsGuid().NotNullable().PrimaryKey("pk_guidance_document_distribution")
            .WithColumn("acknowledge_by").AsDate().NotNullable()
            .WithColumn("acknowledged_by").AsGuid().Nullable();
        Instant(distribution.WithColumn("distributed_at")).NotNullable();
        Instant(distribution.WithColumn("acknowledged_at")).Nullable();
        Create.Index("ix_guidance_document_distribution_bureau").OnTable("guidance_document_distribution")
            .OnColumn("bureau_id").Ascending().OnColumn("acknowledge_by").Ascending();

        Timers(new Guid("00000000-0000-0000-0021-000000000301"), "Regulation",
            "{\"consultationDays\":30,\"minDaysToEffect\":30,\"filingDays\":30}", Regulation, "H");
        Timers(new Guid("00000000-0000-0000-0021-000000000302"), "NormativeDocument",
            "{\"consultationWorkingDays\":7,\"validityYears\":5,\"trialValidityYears\":2,\"evaluationMonthsBeforeExpiry\":6}", Normative, "M");
    }

    private void Timers(Guid id, string type, string value, string source, string confidence) =>
        Insert.IntoTable("guidance_rule").Row(new
        {
            id, kind = "document-timers", rule_key = type, jurisdiction = "national",
            effective_from = "2018-01-01", // a literal every provider casts to DATE
            value, source, confidence,
        });
}
