using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Calendar.Migrations;

/// <summary>
/// The business calendar's tables. No year's holidays are seeded: none could be checked against the
/// published notice (国务院办公厅关于20XX年部分节假日安排的通知) when this was written, and a wrong day
/// is worse than a missing year, which answers calendar.year-not-declared. Nor are working hours
/// seeded: they are set by each jurisdiction, not nationally. An admin enters both (docs/adr/0018).
/// </summary>
[Migration(1, "Business calendar: years, declared days, working hours")]
[Tags("calendar")]
public sealed class M0001_CalendarTables : ModuleMigration
{
    public override void Up()
    {
        // A jurisdiction's year: only a complete one is used. Created by the first declaration (PUT).
        var years = Create.Table("calendar_year")
            .WithColumn("id").AsGuid().PrimaryKey("pk_calendar_year")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("complete").AsBoolean().NotNullable()
            .WithColumn("source").AsString(500).Nullable();
        Instant(years.WithColumn("declared_at")).Nullable();
        years.WithColumn("version").AsInt64().NotNullable();
        Instant(years.WithColumn("created_at")).NotNullable();
        Instant(years.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_calendar_year").OnTable("calendar_year")
            .OnColumn("jurisdiction").Ascending().OnColumn("year").Ascending().WithOptions().Unique();

        // Declared days. At most one active day per jurisdiction and date, on every provider without a
        // filtered index: live_key is the empty GUID while the day is active and the day's own id once
        // it is retired, so retired days never collide with each other or with the active one.
        var days = Create.Table("calendar_day")
            .WithColumn("id").AsGuid().PrimaryKey("pk_calendar_day")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("year").AsInt32().NotNullable()
            .WithColumn("day").AsDate().NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("name").AsString(100).NotNullable()
            .WithColumn("source").AsString(500).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("live_key").AsGuid().NotNullable();
        Instant(days.WithColumn("retired_at")).Nullable();
        days.WithColumn("version").AsInt64().NotNullable();
        Instant(days.WithColumn("created_at")).NotNullable();
        Instant(days.WithColumn("updated_at")).NotNullable();
        Create.Index("ux_calendar_day_live").OnTable("calendar_day")
            .OnColumn("jurisdiction").Ascending().OnColumn("day").Ascending().OnColumn("live_key").Ascending().WithOptions().Unique();
        Create.Index("ix_calendar_day_year").OnTable("calendar_day")
            .OnColumn("jurisdiction").Ascending().OnColumn("year").Ascending();

        // Working hours: a rule table (versions per jurisdiction, effective from/to).
        var hours = Create.Table("calendar_working_hours")
            .WithColumn("id").AsGuid().PrimaryKey("pk_calendar_working_hours")
            .WithColumn("jurisdiction").AsString(10).NotNullable()
            .WithColumn("effective_from").AsDate().NotNullable()
            .WithColumn("effective_to").AsDate().Nullable()
            // "08:30-12:00;13:30-17:30": local clock times of the business zone, 1–4 spans.
            .WithColumn("spans").AsString(100).NotNullable()
            .WithColumn("source").AsString(500).NotNullable();
        Instant(hours.WithColumn("created_at")).NotNullable();
        Create.Index("ux_calendar_working_hours_version").OnTable("calendar_working_hours")
            .OnColumn("jurisdiction").Ascending().OnColumn("effective_from").Ascending().WithOptions().Unique();
    }
}
