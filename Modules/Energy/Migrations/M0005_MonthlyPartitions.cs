using System.Globalization;
using System.Text;
using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Energy.Migrations;

/// <summary>
/// Issue 26: readings and daily roll-ups partitioned by business month (docs/adr/0049). PostgreSQL:
/// declarative RANGE partitions, one per month (bounds at 00:00 +08:00 for readings, the first day for
/// roll-ups), a DEFAULT partition for anything outside the months created, and two functions: one creates
/// a month's partitions (the Host calls it at start for the months ahead), one detaches and returns the
/// partitions before a month (the retention operation). Existing rows are copied into the new tables
/// inside the migration's transaction. SQL Server: a partition function and scheme by month over
/// 2020–2035, the readings' clustered key rebuilt on the scheme. SQLite keeps one table.
/// </summary>
[Migration(5, "Energy readings and daily roll-ups partitioned by month")]
[Tags("energy")]
public sealed class M0005_MonthlyPartitions : ModuleMigration
{
    private const string Postgres = """
        CREATE FUNCTION energy_create_month_partitions(p_month date) RETURNS void LANGUAGE plpgsql AS $fn$
        DECLARE
            m date := date_trunc('month', p_month)::date;
            n date := (date_trunc('month', p_month) + interval '1 month')::date;
            suffix text := to_char(date_trunc('month', p_month), 'YYYYMM');
        BEGIN
            IF to_regclass('energy_reading_p' || suffix) IS NULL THEN
                EXECUTE format('CREATE TABLE %I PARTITION OF energy_reading FOR VALUES FROM (%L) TO (%L)',
                    'energy_reading_p' || suffix, m::text || ' 00:00:00+08', n::text || ' 00:00:00+08');
            END IF;
            IF to_regclass('energy_rollup_day_p' || suffix) IS NULL THEN
                EXECUTE format('CREATE TABLE %I PARTITION OF energy_rollup_day FOR VALUES FROM (%L) TO (%L)',
                    'energy_rollup_day_p' || suffix, m, n);
            END IF;
        END
        $fn$;

        CREATE FUNCTION energy_detach_partitions_before(p_month date) RETURNS SETOF text LANGUAGE plpgsql AS $fn$
        DECLARE
            r record;
        BEGIN
            FOR r IN
                SELECT c.relname, p.relname AS parent
                FROM pg_inherits i
                JOIN pg_class c ON c.oid = i.inhrelid
                JOIN pg_class p ON p.oid = i.inhparent
                WHERE p.relname IN ('energy_reading', 'energy_rollup_day')
                  AND c.relname ~ '_p[0-9]{6}$'
                  AND to_date(right(c.relname, 6), 'YYYYMM') < date_trunc('month', p_month)::date
                ORDER BY c.relname
            LOOP
                EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', r.parent, r.relname);
                RETURN NEXT r.relname;
            END LOOP;
        END
        $fn$;

        ALTER TABLE energy_reading RENAME TO energy_reading_unpartitioned;
        ALTER TABLE energy_reading_unpartitioned RENAME CONSTRAINT pk_energy_reading TO pk_energy_reading_unpartitioned;
        CREATE TABLE energy_reading (LIKE energy_reading_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (read_at);
        ALTER TABLE energy_reading ADD CONSTRAINT pk_energy_reading PRIMARY KEY (meter_id, read_at);
        CREATE TABLE energy_reading_default PARTITION OF energy_reading DEFAULT;

        ALTER TABLE energy_rollup_day RENAME TO energy_rollup_day_unpartitioned;
        ALTER TABLE energy_rollup_day_unpartitioned RENAME CONSTRAINT pk_energy_rollup_day TO pk_energy_rollup_day_unpartitioned;
        CREATE TABLE energy_rollup_day (LIKE energy_rollup_day_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (day);
        ALTER TABLE energy_rollup_day ADD CONSTRAINT pk_energy_rollup_day PRIMARY KEY (institution_id, day, kind, subsystem);
        CREATE TABLE energy_rollup_day_default PARTITION OF energy_rollup_day DEFAULT;

        -- Every month that has rows, and the current month with the next three: partitions before the copy,
        -- so the default partitions stay empty and later months can always be added.
        SELECT energy_create_month_partitions(m::date)
        FROM (
            SELECT generate_series(
                date_trunc('month', LEAST(now(),
                    COALESCE((SELECT min(read_at) FROM energy_reading_unpartitioned), now()),
                    COALESCE((SELECT min(day) FROM energy_rollup_day_unpartitioned)::timestamptz, now())) AT TIME ZONE INTERVAL '+08:00'),
                date_trunc('month', GREATEST(now() + interval '3 months',
                    COALESCE((SELECT max(read_at) FROM energy_reading_unpartitioned), now()),
                    COALESCE((SELECT max(day) FROM energy_rollup_day_unpartitioned)::timestamptz, now())) AT TIME ZONE INTERVAL '+08:00'),
                interval '1 month') AS m
        ) months;

        INSERT INTO energy_reading SELECT * FROM energy_reading_unpartitioned;
        INSERT INTO energy_rollup_day SELECT * FROM energy_rollup_day_unpartitioned;
        DROP TABLE energy_reading_unpartitioned;
        DROP TABLE energy_rollup_day_unpartitioned;
        """;

    public override void Up()
    {
        if (IsPostgres)
        {
            Execute.Sql(Postgres);
        }
        else if (IsSqlServer)
        {
            Execute.Sql(SqlServer());
        }
    }

    /// <summary>Monthly boundaries (RANGE RIGHT: each month's first instant at +08:00 starts its partition), 2020–2035.</summary>
    private static string SqlServer()
    {
        var bounds = new StringBuilder();
        for (var month = new DateTime(2020, 1, 1); month < new DateTime(2036, 1, 1); month = month.AddMonths(1))
        {
            bounds.Append(bounds.Length == 0 ? "" : ", ").Append('\'').Append(month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("T00:00:00+08:00'");
        }
        return $"""
            CREATE PARTITION FUNCTION pf_energy_month (DATETIMEOFFSET(7)) AS RANGE RIGHT FOR VALUES ({bounds});
            CREATE PARTITION SCHEME ps_energy_month AS PARTITION pf_energy_month ALL TO ([PRIMARY]);
            ALTER TABLE energy_reading DROP CONSTRAINT pk_energy_reading;
            ALTER TABLE energy_reading ADD CONSTRAINT pk_energy_reading PRIMARY KEY CLUSTERED (meter_id, read_at) ON ps_energy_month (read_at);
            """;
    }
}
