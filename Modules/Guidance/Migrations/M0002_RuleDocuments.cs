using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Guidance.Migrations;

[Migration(2, "The rules and systems register (制度): documents with number, issuer, type, jurisdiction, status, dates and supersession")]
[Tags("guidance")]
public sealed class M0002_RuleDocuments : ModuleMigration
{
    public override void Up()
    {
        var document = Create.Table("guidance_rule_document")
            .WithColumn("id").AsGuid().PrimaryKey("pk_guidance_rule_document")
            .WithColumn("title").AsString(200).NotNullable()
            .WithColumn("document_number").AsString(100).Nullable()
            .WithColumn("issuer").AsString(200).NotNullable()
            .WithColumn("type").AsString(30).NotNullable()
            .WithColumn("jurisdiction").AsString(8).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("trial").AsBoolean().NotNullable()
            .WithColumn("issued_on").AsDate().Nullable()
            .WithColumn("published_on").AsDate().Nullable()
            .WithColumn("effective_on").AsDate().Nullable()
            .WithColumn("expires_on").AsDate().Nullable()
            .WithColumn("registration_number").AsString(100).Nullable()
            .WithColumn("source_url").AsString(500).Nullable()
            .WithColumn("supersedes_id").AsGuid().Nullable()
            .WithColumn("superseded_by_id").AsGuid().Nullable();
        Instant(document.WithColumn("created_at")).NotNullable();
        Create.Index("ix_guidance_rule_document_status").OnTable("guidance_rule_document").OnColumn("status").Ascending().OnColumn("jurisdiction").Ascending();
    }
}
