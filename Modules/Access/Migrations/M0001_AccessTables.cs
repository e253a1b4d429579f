using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Access.Migrations;

[Migration(1, "API keys")]
[Tags("access")]
public sealed class M0001_AccessTables : ModuleMigration
{
    public override void Up()
    {
        var key = Create.Table("access_api_key")
            .WithColumn("id").AsGuid().PrimaryKey("pk_access_api_key")
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("scopes").AsString(1000).NotNullable()
            .WithColumn("key_hash").AsString(64).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(key.WithColumn("created_at")).NotNullable();
        Instant(key.WithColumn("expires_at")).Nullable();
        Instant(key.WithColumn("revoked_at")).Nullable();
        Instant(key.WithColumn("last_used_at")).Nullable();
        Create.Index("ix_access_api_key_organ").OnTable("access_api_key").OnColumn("organ_id");

        // One row, inserted by whichever Host instance creates the first-start admin key: a second
        // instance starting at the same moment fails the insert and creates none.
        Create.Table("access_bootstrap")
            .WithColumn("id").AsInt32().PrimaryKey("pk_access_bootstrap")
            .WithColumn("api_key_id").AsGuid().NotNullable();
    }
}
