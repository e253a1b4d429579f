using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Dapper;
using Microsoft.Data.Sqlite;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Bench.Micro;

/// <summary>The shape of the Organs module's OrganRow (internal there), as Dapper maps it.</summary>
public sealed class OrganRowCopy
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string DivisionCode { get; set; } = "";
    public string Uscc { get; set; } = "";
    public bool UsccCheckOverridden { get; set; }
    public string? UsccOverrideReason { get; set; }
    public AdministrativeLevel Level { get; set; }
    public OrganType OrganType { get; set; }
    public Guid? ParentId { get; set; }
    public OrganStatus Status { get; set; }
    public DateOnly? DissolvedOn { get; set; }
    public string? DissolveReason { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One list page (20 organs) on SQLite in memory, stored as the Host stores them: read with Dapper
/// and the Shared type handlers (as OrganRepository does) against a hand-written reader, and
/// written as JSON with the Host's options (System.Text.Json, enums as strings, Chinese
/// unescaped) against a hand-written Utf8JsonWriter.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ListPageBenchmarks
{
    private const string Columns =
        "id, name, short_name, division_code, uscc, uscc_check_overridden, uscc_override_reason, level, organ_type, parent_id, status, dissolved_on, dissolve_reason, version, created_at, updated_at";
    private const string PageSql = $"SELECT {Columns} FROM organs_organ WHERE level = @Level ORDER BY name, id LIMIT @Take OFFSET @Skip";

    private static readonly JsonSerializerOptions HostJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
    private static readonly JsonWriterOptions RawJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private SqliteConnection _connection = null!;
    private PagedResult<OrganResponse> _page = null!;
    private readonly MemoryStream _buffer = new();

    [GlobalSetup]
    public void Setup()
    {
        TypeHandlers.Register();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _connection.Execute("""
            CREATE TABLE organs_organ (id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, name TEXT NOT NULL, short_name TEXT, division_code TEXT NOT NULL,
              uscc TEXT NOT NULL, uscc_check_overridden INTEGER NOT NULL, uscc_override_reason TEXT, level TEXT NOT NULL, organ_type TEXT NOT NULL,
              parent_id UNIQUEIDENTIFIER, status TEXT NOT NULL, dissolved_on DATE, dissolve_reason TEXT, version INTEGER NOT NULL,
              created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX ix_organs_organ_name ON organs_organ (name);
            """);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 200; i++)
        {
            _connection.Execute($"INSERT INTO organs_organ ({Columns}) VALUES (@Id, @Name, @ShortName, '320100', @Uscc, 0, NULL, @Level, 'GovernmentDepartment', NULL, 'Active', NULL, NULL, 1, @Now, @Now)",
                new { Id = Guid.CreateVersion7(), Name = $"基准机关{i:00000}号", ShortName = $"机关{i:00000}", Uscc = $"11320100{i:000000000}X", Level = i % 5 == 2 ? "Municipal" : "County", Now = now });
        }
        _page = new PagedResult<OrganResponse>(DapperPage().Select(r => new OrganResponse(
            r.Id, r.Name, r.ShortName, r.DivisionCode, r.Uscc, r.UsccCheckOverridden, r.Level, r.OrganType, r.ParentId, r.Status, r.DissolvedOn, false,
            [new HeadcountItem("BureauDeputy", 3), new HeadcountItem("BelowBureau", 12)], r.Version, r.CreatedAt, r.UpdatedAt)).ToList(), 1, 20, 40);
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark(Description = "read page: hand-written reader")]
    public int RawReader()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = PageSql;
        command.Parameters.AddWithValue("@Level", "Municipal");
        command.Parameters.AddWithValue("@Take", 20);
        command.Parameters.AddWithValue("@Skip", 0);
        using var reader = command.ExecuteReader();
        var rows = new List<OrganRowCopy>(20);
        while (reader.Read())
        {
            rows.Add(new OrganRowCopy
            {
                Id = Guid.Parse(reader.GetString(0)),
                Name = reader.GetString(1),
                ShortName = reader.IsDBNull(2) ? null : reader.GetString(2),
                DivisionCode = reader.GetString(3),
                Uscc = reader.GetString(4),
                UsccCheckOverridden = reader.GetBoolean(5),
                UsccOverrideReason = reader.IsDBNull(6) ? null : reader.GetString(6),
                Level = Enum.Parse<AdministrativeLevel>(reader.GetString(7)),
                OrganType = Enum.Parse<OrganType>(reader.GetString(8)),
                ParentId = reader.IsDBNull(9) ? null : Guid.Parse(reader.GetString(9)),
                Status = Enum.Parse<OrganStatus>(reader.GetString(10)),
                DissolvedOn = reader.IsDBNull(11) ? null : DateOnly.Parse(reader.GetString(11), CultureInfo.InvariantCulture),
                DissolveReason = reader.IsDBNull(12) ? null : reader.GetString(12),
                Version = reader.GetInt64(13),
                CreatedAt = DateTimeOffset.Parse(reader.GetString(14), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                UpdatedAt = DateTimeOffset.Parse(reader.GetString(15), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            });
        }
        return rows.Count;
    }

    [Benchmark(Description = "read page: Dapper + Shared type handlers")]
    public int Dapper() => DapperPage().Count;

    private List<OrganRowCopy> DapperPage() =>
        _connection.Query<OrganRowCopy>(PageSql, new { Level = "Municipal", Take = 20, Skip = 0 }).AsList();

    [Benchmark(Description = "write page JSON: Utf8JsonWriter by hand")]
    public long JsonByHand()
    {
        _buffer.Position = 0;
        using var w = new Utf8JsonWriter(_buffer, RawJson);
        w.WriteStartObject();
        w.WriteStartArray("items");
        foreach (var o in _page.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteString("shortName", o.ShortName);
            w.WriteString("divisionCode", o.DivisionCode);
            w.WriteString("unifiedSocialCreditCode", o.UnifiedSocialCreditCode);
            w.WriteBoolean("usccCheckOverridden", o.UsccCheckOverridden);
            w.WriteString("level", o.Level.ToString());
            w.WriteString("type", o.Type.ToString());
            w.WriteNull("parentId");
            w.WriteString("status", o.Status.ToString());
            w.WriteNull("dissolvedOn");
            w.WriteStartArray("headcount");
            foreach (var h in o.Headcount)
            {
                w.WriteStartObject();
                w.WriteString("rankCode", h.RankCode);
                w.WriteNumber("approved", h.Approved);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("version", o.Version);
            w.WriteString("createdAt", o.CreatedAt);
            w.WriteString("updatedAt", o.UpdatedAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("page", _page.Page);
        w.WriteNumber("pageSize", _page.PageSize);
        w.WriteNumber("totalCount", _page.TotalCount);
        w.WriteEndObject();
        w.Flush();
        return _buffer.Position;
    }

    [Benchmark(Description = "write page JSON: JsonSerializer, the Host's options")]
    public long JsonHostOptions()
    {
        _buffer.Position = 0;
        JsonSerializer.Serialize(_buffer, _page, HostJson);
        return _buffer.Position;
    }
}
