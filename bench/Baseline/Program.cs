using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Npgsql;

// The raw baseline the Host is measured against: the same reads and the same insert on the same
// tables, with the same connection string, written with plain ADO.NET. No MediatR, validation,
// idempotency, audit, outbox, problem details, request logging or localisation: what is left is
// ASP.NET Core routing, the database driver and JSON writing.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
var connectionString = builder.Configuration.GetConnectionString("OrganAffairs")
    ?? throw new InvalidOperationException("ConnectionStrings:OrganAffairs is required.");
var db = new Db(string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase)
    ? NpgsqlFactory.Instance
    : SqliteFactory.Instance, connectionString);

var app = builder.Build();

app.MapGet("/health/ready", async (CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    await using var command = db.Command(connection, "SELECT 1");
    await command.ExecuteScalarAsync(ct);
    return Results.Text("Healthy");
});

app.MapGet("/api/v1/organs/{id:guid}", async (Guid id, HttpContext http, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    Organ? organ;
    await using (var command = db.Command(connection, $"SELECT {Db.Columns} FROM organs_organ WHERE id = @id", ("id", id)))
    await using (var reader = await command.ExecuteReaderAsync(ct))
    {
        organ = await reader.ReadAsync(ct) ? Db.ReadOrgan(reader) : null;
    }
    if (organ is null)
    {
        http.Response.StatusCode = 404;
        return;
    }
    await Db.ReadHeadcountAsync(connection, db, [organ], ct);
    http.Response.Headers.ETag = $"\"{organ.Version}\"";
    await Json.WriteAsync(http.Response, 200, w => Json.WriteOrgan(w, organ));
});

app.MapGet("/api/v1/organs", async (string? level, int? page, int? pageSize, HttpContext http, CancellationToken ct) =>
{
    var p = page ?? 1;
    var size = pageSize ?? 50;
    await using var connection = await db.OpenAsync(ct);
    var where = level is null ? "" : " WHERE level = @level";
    (string, object?)[] parameters = level is null ? [] : [("level", level)];
    long total;
    await using (var count = db.Command(connection, "SELECT COUNT(*) FROM organs_organ" + where, parameters))
    {
        total = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
    var organs = new List<Organ>(size);
    if (total > 0)
    {
        await using var command = db.Command(connection,
            $"SELECT {Db.Columns} FROM organs_organ{where} ORDER BY name, id LIMIT @take OFFSET @skip",
            [.. parameters, ("take", size), ("skip", (p - 1) * size)]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            organs.Add(Db.ReadOrgan(reader));
        }
    }
    await Db.ReadHeadcountAsync(connection, db, organs, ct);
    await Json.WriteAsync(http.Response, 200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("items");
        foreach (var organ in organs)
        {
            Json.WriteOrgan(w, organ);
        }
        w.WriteEndArray();
        w.WriteNumber("page", p);
        w.WriteNumber("pageSize", size);
        w.WriteNumber("totalCount", total);
        w.WriteEndObject();
    });
});

app.MapPost("/api/v1/organs", async (HttpContext http, CancellationToken ct) =>
{
    using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
    var json = body.RootElement;
    var now = DateTimeOffset.UtcNow;
    var organ = new Organ
    {
        Id = Guid.CreateVersion7(),
        Name = json.GetProperty("name").GetString()!,
        ShortName = json.TryGetProperty("shortName", out var s) ? s.GetString() : null,
        DivisionCode = json.GetProperty("divisionCode").GetString()!,
        Uscc = json.GetProperty("unifiedSocialCreditCode").GetString()!,
        Level = json.GetProperty("level").GetString()!,
        OrganType = json.GetProperty("type").GetString()!,
        ParentId = json.TryGetProperty("parentId", out var parent) && parent.ValueKind == JsonValueKind.String ? parent.GetGuid() : null,
        Status = "Active",
        Version = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };
    await using var connection = await db.OpenAsync(ct);
    await using var command = db.Command(connection,
        """
        INSERT INTO organs_organ (id, name, short_name, division_code, uscc, uscc_check_overridden, uscc_override_reason, level, organ_type, parent_id, status, dissolved_on, dissolve_reason, version, created_at, updated_at)
        VALUES (@id, @name, @short_name, @division_code, @uscc, @overridden, NULL, @level, @organ_type, @parent_id, @status, NULL, NULL, @version, @created_at, @updated_at)
        """,
        ("id", organ.Id), ("name", organ.Name), ("short_name", organ.ShortName), ("division_code", organ.DivisionCode),
        ("uscc", organ.Uscc), ("overridden", false), ("level", organ.Level), ("organ_type", organ.OrganType),
        ("parent_id", organ.ParentId), ("status", organ.Status), ("version", organ.Version),
        ("created_at", organ.CreatedAt), ("updated_at", organ.UpdatedAt));
    await command.ExecuteNonQueryAsync(ct);
    http.Response.Headers.Location = $"/api/v1/organs/{organ.Id}";
    http.Response.Headers.ETag = "\"1\"";
    await Json.WriteAsync(http.Response, 201, w => Json.WriteOrgan(w, organ));
});

app.Run();

/// <summary>A row of organs_organ with its headcount rows.</summary>
internal sealed class Organ
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string? ShortName { get; init; }
    public string DivisionCode { get; init; } = "";
    public string Uscc { get; init; } = "";
    public bool UsccCheckOverridden { get; init; }
    public string Level { get; init; } = "";
    public string OrganType { get; init; } = "";
    public Guid? ParentId { get; init; }
    public string Status { get; init; } = "";
    public DateOnly? DissolvedOn { get; init; }
    public bool IsBureau { get; init; }
    public long Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public List<(string RankCode, int Approved)> Headcount { get; } = [];
}

/// <summary>Connections, commands and row reading for both providers, by hand.</summary>
internal sealed class Db(DbProviderFactory factory, string connectionString)
{
    public const string Columns =
        "id, name, short_name, division_code, uscc, uscc_check_overridden, level, organ_type, parent_id, status, dissolved_on, version, created_at, updated_at, is_bureau";

    private readonly bool _postgres = factory is NpgsqlFactory;

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(ct);
        return connection;
    }

    public DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static Organ ReadOrgan(DbDataReader r) => new()
    {
        Id = ReadGuid(r.GetValue(0)),
        Name = r.GetString(1),
        ShortName = r.IsDBNull(2) ? null : r.GetString(2),
        DivisionCode = r.GetString(3),
        Uscc = r.GetString(4),
        UsccCheckOverridden = r.GetBoolean(5),
        Level = r.GetString(6),
        OrganType = r.GetString(7),
        ParentId = r.IsDBNull(8) ? null : ReadGuid(r.GetValue(8)),
        Status = r.GetString(9),
        DissolvedOn = r.IsDBNull(10) ? null : r.GetFieldValue<DateOnly>(10),
        Version = r.GetInt64(11),
        CreatedAt = ReadInstant(r.GetValue(12)),
        UpdatedAt = ReadInstant(r.GetValue(13)),
        IsBureau = r.GetBoolean(14),
    };

    /// <summary>The headcount rows of the given organs, in one query, as the Host reads them.</summary>
    public static async Task ReadHeadcountAsync(DbConnection connection, Db db, List<Organ> organs, CancellationToken ct)
    {
        if (organs.Count == 0)
        {
            return;
        }
        var byId = organs.ToDictionary(o => o.Id);
        DbCommand command;
        if (db._postgres)
        {
            command = db.Command(connection, "SELECT organ_id, rank_code, approved FROM organs_headcount WHERE organ_id = ANY(@ids) ORDER BY organ_id, rank_code",
                ("ids", organs.Select(o => o.Id).ToArray()));
        }
        else
        {
            var names = string.Join(", ", organs.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)));
            command = db.Command(connection, $"SELECT organ_id, rank_code, approved FROM organs_headcount WHERE organ_id IN ({names}) ORDER BY organ_id, rank_code",
                organs.Select((o, i) => ("id" + i.ToString(CultureInfo.InvariantCulture), (object?)o.Id)).ToArray());
        }
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (byId.TryGetValue(ReadGuid(reader.GetValue(0)), out var organ))
                {
                    organ.Headcount.Add((reader.GetString(1), reader.GetInt32(2)));
                }
            }
        }
    }

    private static Guid ReadGuid(object value) => value is Guid g ? g : Guid.Parse((string)value);

    private static DateTimeOffset ReadInstant(object value) => value switch
    {
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        DateTimeOffset d => d.ToUniversalTime(),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
        _ => throw new InvalidOperationException($"Cannot read {value.GetType()} as an instant."),
    };
}

/// <summary>The Host's JSON shape (camelCase, enums as names, Chinese unescaped), written by hand.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static async Task WriteAsync(HttpResponse response, int status, Action<Utf8JsonWriter> write)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(response.BodyWriter, Options);
        write(writer);
        await writer.FlushAsync();
    }

    public static void WriteOrgan(Utf8JsonWriter w, Organ o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("name", o.Name);
        w.WriteString("shortName", o.ShortName);
        w.WriteString("divisionCode", o.DivisionCode);
        w.WriteString("unifiedSocialCreditCode", o.Uscc);
        w.WriteBoolean("usccCheckOverridden", o.UsccCheckOverridden);
        w.WriteString("level", o.Level);
        w.WriteString("type", o.OrganType);
        if (o.ParentId is { } parent)
        {
            w.WriteString("parentId", parent);
        }
        else
        {
            w.WriteNull("parentId");
        }
        w.WriteString("status", o.Status);
        if (o.DissolvedOn is { } dissolved)
        {
            w.WriteString("dissolvedOn", dissolved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("dissolvedOn");
        }
        w.WriteBoolean("isBureau", o.IsBureau);
        w.WriteStartArray("headcount");
        foreach (var (rank, approved) in o.Headcount.OrderBy(h => h.RankCode, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("rankCode", rank);
            w.WriteNumber("approved", approved);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("version", o.Version);
        w.WriteString("createdAt", o.CreatedAt);
        w.WriteString("updatedAt", o.UpdatedAt);
        w.WriteEndObject();
    }
}
