using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

[Migration(1, "Institutions, statistics, meters, readings, roll-ups, imports, rules, quotas, overruns, annual reports")]
[Tags("energy")]
public sealed class M0001_EnergyTables : ModuleMigration
{
    public override void Up()
    {
        var institution = Create.Table("energy_institution")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_institution")
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("name").AsString(200).NotNullable()
            .WithColumn("directory_code").AsString(30).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(institution.WithColumn("created_at")).NotNullable();
        Instant(institution.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_energy_institution_organ").OnTable("energy_institution").OnColumn("organ_id").Unique();
        Create.Index("ux_energy_institution_directory").OnTable("energy_institution").OnColumn("directory_code").Unique();

        var statistics = Create.Table("energy_statistics")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("floor_area_hundredths").AsInt64().NotNullable()
            .WithColumn("population").AsInt32().NotNullable();
        Instant(statistics.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_energy_statistics").OnTable("energy_statistics")
            .OnColumn("institution_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        // The register state (last_read_at, last_register_milli) lives on the meter row, which every
        // writer locks first: a reading's consumption depends on the one before it.
        var meter = Create.Table("energy_meter")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_meter")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("code").AsString(50).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("unit").AsString(20).NotNullable()
            .WithColumn("subsystem").AsString(30).NotNullable()
            .WithColumn("mode").AsString(20).NotNullable()
            .WithColumn("register_digits").AsInt32().Nullable()
            .WithColumn("multiplier").AsInt32().NotNullable()
            .WithColumn("last_register_milli").AsInt64().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(meter.WithColumn("installed_at")).NotNullable();
        Instant(meter.WithColumn("last_read_at")).Nullable();
        Instant(meter.WithColumn("created_at")).NotNullable();
        Instant(meter.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_energy_meter_code").OnTable("energy_meter")
            .OnColumn("institution_id").Ascending().OnColumn("code").Ascending().WithOptions().Unique();

        var replacement = Create.Table("energy_meter_replacement")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_meter_replacement")
            .WithColumn("meter_id").AsGuid().NotNullable()
            .WithColumn("final_register_milli").AsInt64().Nullable()
            .WithColumn("new_register_milli").AsInt64().NotNullable()
            .WithColumn("register_digits").AsInt32().NotNullable();
        Instant(replacement.WithColumn("replaced_at")).NotNullable();
        Create.Index("ix_energy_meter_replacement_meter").OnTable("energy_meter_replacement").OnColumn("meter_id");

        // Hundreds of millions of rows a year: the key is the natural one (meter, time), nothing else is indexed.
        var reading = Create.Table("energy_reading")
            .WithColumn("meter_id").AsGuid().NotNullable().PrimaryKey("pk_energy_reading")
            .WithColumn("value_milli").AsInt64().NotNullable()
            .WithColumn("consumption_milli").AsInt64().NotNullable()
            .WithColumn("business_date").AsDate().NotNullable()
            .WithColumn("import_id").AsGuid().Nullable();
        Instant(reading.WithColumn("read_at")).NotNullable().PrimaryKey("pk_energy_reading");

        // Maintained roll-ups: quantities in thousandths of the base unit, added to atomically.
        Create.Table("energy_rollup_day")
            .WithColumn("institution_id").AsGuid().NotNullable().PrimaryKey("pk_energy_rollup_day")
            .WithColumn("day").AsDate().NotNullable().PrimaryKey("pk_energy_rollup_day")
            .WithColumn("kind").AsString(20).NotNullable().PrimaryKey("pk_energy_rollup_day")
            .WithColumn("subsystem").AsString(30).NotNullable().PrimaryKey("pk_energy_rollup_day")
            .WithColumn("quantity_milli").AsInt64().NotNullable();
        Create.Table("energy_rollup_month")
            .WithColumn("institution_id").AsGuid().NotNullable().PrimaryKey("pk_energy_rollup_month")
            .WithColumn("month").AsInt32().NotNullable().PrimaryKey("pk_energy_rollup_month")
            .WithColumn("kind").AsString(20).NotNullable().PrimaryKey("pk_energy_rollup_month")
            .WithColumn("subsystem").AsString(30).NotNullable().PrimaryKey("pk_energy_rollup_month")
            .WithColumn("quantity_milli").AsInt64().NotNullable();

        var import = Create.Table("energy_import")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_import")
            .WithColumn("principal").AsString(200).NotNullable()
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("mode").AsString(20).NotNullable()
            .WithColumn("on_duplicate").AsString(20).NotNullable()
            .WithColumn("format").AsString(10).NotNullable()
            .WithColumn("rows_read").AsInt64().NotNullable()
            .WithColumn("accepted").AsInt64().NotNullable()
            .WithColumn("replaced").AsInt64().NotNullable()
            .WithColumn("duplicates").AsInt64().NotNullable()
            .WithColumn("rejected").AsInt64().NotNullable()
            .WithColumn("message").AsString(1000).Nullable();
        Instant(import.WithColumn("started_at")).NotNullable();
        Instant(import.WithColumn("finished_at")).Nullable();
        Create.Table("energy_import_error")
            .WithColumn("import_id").AsGuid().NotNullable().PrimaryKey("pk_energy_import_error")
            .WithColumn("seq").AsInt64().NotNullable().PrimaryKey("pk_energy_import_error")
            .WithColumn("row_number").AsInt64().NotNullable()
            .WithColumn("field").AsString(30).Nullable()
            .WithColumn("code").AsString(60).NotNullable()
            .WithColumn("message").AsString(500).NotNullable();

        Create.Table("energy_rule")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_rule")
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("rule_key").AsString(60).NotNullable()
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            .WithColumn("value").AsString(4000).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("confidence").AsString(20).NotNullable();
        Create.Index("ux_energy_rule_version").OnTable("energy_rule")
            .OnColumn("kind").Ascending().OnColumn("rule_key").Ascending().OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending()
            .WithOptions().Unique();

        var quota = Create.Table("energy_quota")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_quota")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("energy_kgce_milli").AsInt64().NotNullable()
            .WithColumn("water_milli").AsInt64().Nullable();
        Instant(quota.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_energy_quota").OnTable("energy_quota")
            .OnColumn("institution_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        var overrun = Create.Table("energy_overrun")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_overrun")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("quota_kgce_milli").AsInt64().NotNullable()
            .WithColumn("used_kgce_milli").AsInt64().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("explanation").AsString(2000).Nullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(overrun.WithColumn("detected_at")).NotNullable();
        Instant(overrun.WithColumn("explained_at")).Nullable();
        Create.Index("ux_energy_overrun").OnTable("energy_overrun")
            .OnColumn("institution_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        var report = Create.Table("energy_annual_report")
            .WithColumn("id").AsGuid().PrimaryKey("pk_energy_annual_report")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("organ_id").AsGuid().NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("figures").AsString(4000).NotNullable()
            .WithColumn("version").AsInt64().NotNullable();
        Instant(report.WithColumn("created_at")).NotNullable();
        Instant(report.WithColumn("updated_at")).NotNullable();
        Instant(report.WithColumn("submitted_at")).Nullable();
        Create.Index("ux_energy_annual_report").OnTable("energy_annual_report")
            .OnColumn("institution_id").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        // Vehicle fuel and charge from the Vehicles module's events: raw data beside the readings (deduplicated on the event id).
        Create.Table("energy_vehicle_fuel")
            .WithColumn("event_id").AsGuid().PrimaryKey("pk_energy_vehicle_fuel")
            .WithColumn("institution_id").AsGuid().NotNullable()
            .WithColumn("vehicle_id").AsGuid().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("day").AsDate().NotNullable()
            .WithColumn("quantity_milli").AsInt64().NotNullable();
    }
}
