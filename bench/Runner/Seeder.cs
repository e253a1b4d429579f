using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// Seeds the Host's own tables (created by its migrations) straight with SQL: organs with headcount,
/// staff members with a primary post each. Values are stored the way the Host stores them: enums
/// by name, ids as GUIDs (uppercase TEXT on SQLite, uuid on PostgreSQL — the drivers' own binding
/// of a Guid), instants in UTC, business dates as dates.
/// </summary>
internal static class Seeder
{
    private static readonly string[] Levels = ["Central", "Provincial", "Municipal", "County", "Township"];
    private static readonly string[] Types =
        ["PartyCommittee", "PeoplesCongress", "GovernmentDepartment", "Cppcc", "SupervisoryCommission", "Court", "Procuratorate", "MassOrganisation", "PublicInstitution"];
    private static readonly string[] Divisions = ["320100", "320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116"];

    // Two non-leader ranks of each level (organs_rank seeds, M0002), for headcount and staff.
    private static readonly Dictionary<string, string[]> Ranks = new()
    {
        ["Central"] = ["Division", "BelowDivision"],
        ["Provincial"] = ["DivisionPrincipal", "BelowDivision"],
        ["Municipal"] = ["BureauDeputy", "BelowBureau"],
        ["County"] = ["SectionDeputy", "BelowSection"],
        ["Township"] = ["TownshipDeputy", "BelowTownship"],
    };

    public sealed record Result(IReadOnlyList<Guid> OrganIds, int MunicipalOrgans, TimeSpan Took);

    public static Result Seed(string provider, string connectionString, int organs, int staff)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var organRows = new List<object?[]>(organs);
        var headcountRows = new List<object?[]>(organs * 2);
        var organIds = new Guid[organs];
        var organLevels = new string[organs];
        for (var i = 0; i < organs; i++)
        {
            var id = Guid.CreateVersion7(now.AddSeconds(-organs + i));
            organIds[i] = id;
            var level = Levels[i % Levels.Length];
            organLevels[i] = level;
            var division = Divisions[i % Divisions.Length];
            var uscc = Uscc.Make(division, "00" + i.ToString("0000000", CultureInfo.InvariantCulture));
            var created = now.AddMinutes(-organs + i);
            organRows.Add([
                id, $"基准机关{i:00000}号", $"机关{i:00000}", division, uscc, false, null, level, Types[i % Types.Length],
                i < 10 ? null : organIds[i % 10], "Active", null, null, 1L, created, created,
            ]);
            var ranks = Ranks[level];
            headcountRows.Add([id, ranks[0], 3 + i % 5]);
            headcountRows.Add([id, ranks[1], 10 + i % 20]);
        }

        var staffRows = new List<object?[]>(staff);
        var postRows = new List<object?[]>(staff);
        for (var s = 0; s < staff; s++)
        {
            var organ = s % organs;
            var id = Guid.CreateVersion7(now.AddMilliseconds(-staff + s));
            var started0 = today.AddDays(-(s % 3000));
            var created = now.AddSeconds(-staff + s);
            staffRows.Add([id, $"职员{s:000000}", organIds[organ], Ranks[organLevels[organ]][s % 2], "Active", started0, 1L, created, created]);
            postRows.Add([Guid.CreateVersion7(now.AddMilliseconds(-staff + s)), id, organIds[organ], true, "科员", started0, null]);
        }

        using var connection = Open(provider, connectionString);
        Insert(connection, "organs_organ",
            ["id", "name", "short_name", "division_code", "uscc", "uscc_check_overridden", "uscc_override_reason", "level", "organ_type",
             "parent_id", "status", "dissolved_on", "dissolve_reason", "version", "created_at", "updated_at"], organRows);
        Insert(connection, "organs_headcount", ["organ_id", "rank_code", "approved"], headcountRows);
        Insert(connection, "organs_staff",
            ["id", "name", "organ_id", "rank_code", "status", "status_effective_on", "version", "created_at", "updated_at"], staffRows);
        Insert(connection, "organs_post", ["id", "staff_member_id", "organ_id", "is_primary", "title", "started_on", "ended_on"], postRows);
        using (var analyze = connection.CreateCommand())
        {
            // Fresh statistics for the planner; both the Host and the baseline read the same database.
            analyze.CommandText = "ANALYZE";
            analyze.ExecuteNonQuery();
        }
        var municipal = organLevels.Count(l => l == "Municipal");
        return new Result(organIds, municipal, started.Elapsed);
    }

    /// <summary>A vehicle and a driver the dispatch scenario sends together.</summary>
    public sealed record FleetPair(Guid VehicleId, Guid DriverId);

    /// <summary>
    /// Vehicles (sedans, 5 seats, available) and drivers (C1, which covers a sedan, valid until 2099) of
    /// one organ, straight into the Vehicles module's tables: registering through the API would need
    /// quotas, plate rules and purchase standards first, none of which the dispatch scenario measures.
    /// </summary>
    public static IReadOnlyList<FleetPair> SeedFleet(string provider, string connectionString, Guid organId, int count)
    {
        var now = new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var vehicles = new List<object?[]>(count);
        var drivers = new List<object?[]>(count);
        var pairs = new List<FleetPair>(count);
        for (var i = 0; i < count; i++)
        {
            var vehicle = Guid.CreateVersion7();
            var driver = Guid.CreateVersion7();
            pairs.Add(new FleetPair(vehicle, driver));
            vehicles.Add([
                vehicle, organId, $"苏A{i:00000}", $"BENCH{i:000000000000}", "红旗", "H5", true, "Gasoline", "Sedan", "Other", 5, 1500, 18_000_000L,
                new DateOnly(2024, 1, 1), 1000, "Available", 1L, now, now,
            ]);
            drivers.Add([driver, organId, $"基准驾驶员{i:000}", "C1", new DateOnly(2099, 12, 31), "Active", 1L, now, now]);
        }
        using var connection = Open(provider, connectionString);
        Insert(connection, "vehicles_vehicle",
            ["id", "organ_id", "plate", "vin", "brand", "model", "domestic_brand", "energy_type", "body_type", "category", "seats", "displacement_ml",
             "purchase_price_fen", "purchased_on", "odometer_km", "status", "version", "created_at", "updated_at"], vehicles);
        Insert(connection, "vehicles_driver",
            ["id", "organ_id", "name", "licence_class", "licence_expires_on", "status", "version", "created_at", "updated_at"], drivers);
        return pairs;
    }

    /// <summary>Approved trip requests of one organ (2 passengers), as the Vehicles module stores them after approval.</summary>
    public static void SeedApprovedTrips(string provider, string connectionString, Guid organId, IEnumerable<(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt)> trips)
    {
        var now = new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var rows = trips.Select(t => new object?[]
        {
            t.Id, organId, "基准申请人", "基准出行", 2, "市政府大楼", "市应急指挥中心", t.StartsAt.ToUniversalTime(), t.EndsAt.ToUniversalTime(), "Approved", 2L, now, now,
        }).ToList();
        using var connection = Open(provider, connectionString);
        Insert(connection, "vehicles_trip",
            ["id", "organ_id", "applicant", "purpose", "passengers", "origin", "destination", "starts_at", "ends_at", "status", "version", "created_at", "updated_at"], rows);
    }

    public static DbConnection Open(string provider, string connectionString)
    {
        DbConnection connection = provider == "postgresql" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    internal static void Insert(DbConnection connection, string table, string[] columns, List<object?[]> rows)
    {
        if (connection is NpgsqlConnection pg)
        {
            // Binary COPY: tens of thousands of rows in well under a second.
            using var writer = pg.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                writer.StartRow();
                foreach (var value in row)
                {
                    if (value is null)
                    {
                        writer.WriteNull();
                    }
                    else
                    {
                        writer.Write(value);
                    }
                }
            }
            writer.Complete();
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})";
        var parameters = columns.Select(c =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + c;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}

/// <summary>Unified social credit codes (GB 32100-2015), as Modules/Organs/Domain/UnifiedSocialCreditCode.cs checks them.</summary>
internal static class Uscc
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>"11" (organ) + 6-digit division + 9-character serial + check character.</summary>
    public static string Make(string division, string serial9)
    {
        var first17 = "11" + division + serial9;
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }
        var c = 31 - sum % 31;
        return first17 + Alphabet[c == 31 ? 0 : c];
    }
}
