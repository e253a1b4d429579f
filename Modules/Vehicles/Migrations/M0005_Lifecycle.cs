using FluentMigrator;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// Reminders, disposal, and the renewal rule. The renewal values are NOT confirmed (U): 中办发〔2017〕71号
/// forbids early renewal but leaves the age and mileage to local rules; 8 years or 250,000 km is a common
/// local value, seeded so the check works until the bureau enters its own.
/// </summary>
[Migration(5, "Reminders, disposal and the renewal rule (values unconfirmed)")]
[Tags("vehicles")]
public sealed class M0005_Lifecycle : ModuleMigration
{
    public override void Up()
    {
        var reminder = Create.Table("vehicles_reminder")
            .WithColumn("id").AsGuid().PrimaryKey("pk_vehicles_reminder")
            .WithColumn("vehicle_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(30).NotNullable()
            .WithColumn("due_on").AsDate().Nullable()
            .WithColumn("due_km").AsInt32().Nullable()
            .WithColumn("note").AsString(500).Nullable()
            .WithColumn("done_on").AsDate().Nullable();
        Instant(reminder.WithColumn("created_at")).NotNullable();
        Create.Index("ix_vehicles_reminder_vehicle").OnTable("vehicles_reminder").OnColumn("vehicle_id");
        Create.Index("ix_vehicles_reminder_organ").OnTable("vehicles_reminder").OnColumn("organ_id");

        Alter.Table("vehicles_vehicle")
            .AddColumn("disposal_method").AsString(20).Nullable()
            .AddColumn("disposed_on").AsDate().Nullable()
            .AddColumn("disposal_proceeds_fen").AsInt64().Nullable()
            .AddColumn("disposal_reference").AsString(200).Nullable()
            .AddColumn("write_off_reference").AsString(200).Nullable();

        Insert.IntoTable("vehicles_rule").Row(new
        {
            id = new Guid("00000000-0000-0000-0001-000000000100"),
            kind = RuleKinds.Renewal,
            rule_key = RuleKinds.RenewalKey,
            jurisdiction = "national",
            effective_from = "2017-12-05",
            value = RuleJson.Write(new RenewalRuleValue(8, 250_000)),
            source = "U（未核实）：中办发〔2017〕71号 不得因领导干部职务晋升、调任等原因提前更新；年限、里程由地方规定，此处为常见地方值（满 8 年或 25 万公里），待核定",
        });
    }
}
