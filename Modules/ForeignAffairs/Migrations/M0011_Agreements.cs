using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>Partnerships and agreements with foreign cities (foreign_affairs_agreement): type, approval-chain state and steps, signing, expiry and reminder.</summary>
[Migration(11, "Sister cities and agreements")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0011_Agreements : ModuleMigration
{
    public override void Up()
    {
        var agreement = Create.Table("foreign_affairs_agreement")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_agreement")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("partner_city").AsString(200).NotNullable()
            .WithColumn("partner_country").AsString(2).NotNullable()
            .WithColumn("type").AsString(30).NotNullable()
            .WithColumn("subject").AsString(500).Nullable()
            .WithColumn("state").AsString(30).NotNullable()
            .WithColumn("steps").AsString(int.MaxValue).NotNullable()
            .WithColumn("signed_on").AsDate().Nullable()
            .WithColumn("expires_on").AsDate().Nullable()
            .WithColumn("renewal_reminder_days").AsInt32().NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(agreement.WithColumn("created_at")).NotNullable();
        Instant(agreement.WithColumn("updated_at")).NotNullable();
        Create.Index("ix_foreign_affairs_agreement_state_expiry").OnTable("foreign_affairs_agreement")
            .OnColumn("state").Ascending().OnColumn("expires_on").Ascending();
        Create.Index("ix_foreign_affairs_agreement_organ").OnTable("foreign_affairs_agreement").OnColumn("organ_id").Ascending();
    }
}
