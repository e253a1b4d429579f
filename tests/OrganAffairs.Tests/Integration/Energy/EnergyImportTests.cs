using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>Imports: every kind of bad row in both modes, rollover and replacement, duplicates, JSON, malformed files.</summary>
public abstract class EnergyImportTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private sealed record Meters(Guid InstitutionId, MeterResponse Register, MeterResponse Water);

    private async Task<Meters> MetersAsync()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var register = await MeterAsync(Client, institution.Id, mode: "Cumulative", digits: 5, initial: 99_990m, installedAt: "2024-01-01T00:00:00+08:00");
        var water = await MeterAsync(Client, institution.Id, "Water", "CubicMetre", installedAt: "2024-01-01T00:00:00+08:00");
        return new Meters(institution.Id, register, water);
    }

    /// <summary>Three good rows, an identical duplicate, and one row of each kind of fault.</summary>
    private static string MixedFile(Meters m) => string.Join("\n",
        "meterId,readAt,value",
        $"{m.Register.Id},2025-01-01T01:00:00+08:00,99995",     // 1 good: +5
        $"{m.Register.Id},2025-01-01T02:00:00+08:00,3",         // 2 good: rollover 99995 → 00003 = +8
        $"{m.Register.Id},2025-01-01T03:00:00+08:00,2",         // 3 register backwards
        $"{Guid.NewGuid()},2025-01-01T01:00:00+08:00,1",        // 4 unknown meter
        "not-a-guid,2025-01-01T01:00:00+08:00,1",                // 5 meter id invalid
        $"{m.Water.Id},2025-01-01T01:00:00,1",                  // 6 time without offset
        $"{m.Water.Id},2030-01-01T00:00:00+08:00,1",            // 7 in the future
        $"{m.Water.Id},2025-01-01T01:00:00+08:00,-1",           // 8 negative
        $"{m.Water.Id},2025-01-01T01:00:00+08:00,12.5",         // 9 good
        $"{m.Water.Id},2025-01-01T01:00:00+08:00,12.5",         // 10 identical duplicate: counted, no change
        $"{m.Water.Id},2025-01-01T01:00:00+08:00,13",           // 11 duplicate with another value
        $"{m.Register.Id},2025-01-01T01:30:00+08:00,4",         // 12 cumulative reading before the latest
        $"{m.Water.Id},2023-12-31T12:00:00+08:00,1",            // 13 before installation
        "a,b",                                                   // 14 wrong number of columns
        $"{m.Water.Id},2025-01-01T05:00:00+08:00,1.2345",       // 15 more than 3 decimals
        $"{m.Register.Id},2025-01-01T04:00:00+08:00,100000") + "\n"; // 16 does not fit 5 digits

    private static readonly (long Row, string? Field, string Code)[] MixedErrors =
    [
        (3, "value", "energy.register-backwards"),
        (4, "meterId", "energy.meter-unknown"),
        (5, "meterId", "energy.meter-id-invalid"),
        (6, "readAt", "energy.read-at-invalid"),
        (7, "readAt", "energy.read-at-out-of-range"),
        (8, "value", "energy.value-negative"),
        (11, "value", "energy.reading-conflict"),
        (12, "readAt", "energy.reading-out-of-order"),
        (13, "readAt", "energy.read-at-out-of-range"),
        (14, null, "energy.row-malformed"),
        (15, "value", "energy.value-invalid"),
        (16, "value", "energy.value-exceeds-register"),
    ];

    private async Task<List<ImportErrorResponse>> ErrorsAsync(ImportResponse import)
    {
        var page = await (await Client.GetAsync(import.ErrorsUrl + "?pageSize=200")).ReadAsync<PagedResult<ImportErrorResponse>>();
        return page.Items.ToList();
    }

    private async Task<(decimal Electricity, decimal Water)> JanuaryAsync(Guid institutionId)
    {
        var i = await IndicatorsAsync(Client, $"institutionId={institutionId}&period=Month&year=2025&month=1");
        return (Quantity(i, EnergyKind.Electricity), Quantity(i, EnergyKind.Water));
    }

    [ProviderFact]
    public async Task KeepValid_stores_the_good_rows_and_reports_every_bad_row_and_the_same_file_twice_changes_nothing()
    {
        var m = await MetersAsync();
        var response = await ImportAsync(Client, MixedFile(m), "?mode=KeepValid");
        var import = await response.ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/energy/imports/{import.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((ImportStatus.Completed, 16L, 3L, 1L, 12L, 0L), (import.Status, import.RowsRead, import.Accepted, import.Duplicates, import.Rejected, import.Replaced));
        Assert.Equal(MixedErrors, (await ErrorsAsync(import)).Select(e => (e.RowNumber, e.Field, e.Code)));
        Assert.Equal((13m, 12.5m), await JanuaryAsync(m.InstitutionId));
        var meter = await (await Client.GetAsync($"{Root}/meters/{m.Register.Id}")).ReadAsync<MeterResponse>();
        Assert.Equal(3m, meter.LastRegisterValue);

        var again = await (await ImportAsync(Client, MixedFile(m), "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((0L, 4L, 12L), (again.Accepted, again.Duplicates, again.Rejected));
        Assert.Equal((13m, 12.5m), await JanuaryAsync(m.InstitutionId));
        Assert.Equal(3, await fixture.CountAsync("energy_reading", "meter_id = @A OR meter_id = @B", new { A = m.Register.Id, B = m.Water.Id }));
        var read = await (await Client.GetAsync($"{Root}/imports/{import.Id}")).ReadAsync<ImportResponse>();
        Assert.Equal(import.Accepted, read.Accepted);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { import.Id }));
    }

    [ProviderFact]
    public async Task AllOrNothing_stores_nothing_when_any_row_is_rejected_and_everything_when_none_is()
    {
        var m = await MetersAsync();
        var problem = await (await ImportAsync(Client, MixedFile(m))).ProblemAsync((HttpStatusCode)422, "energy.import-rejected");
        var import = problem.GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        Assert.Equal((ImportStatus.RolledBack, 0L, 12L), (import.Status, import.Accepted, import.Rejected));
        Assert.Equal(MixedErrors, (await ErrorsAsync(import)).Select(e => (e.RowNumber, e.Field, e.Code)));
        Assert.Equal(0, await fixture.CountAsync("energy_reading", "meter_id = @A OR meter_id = @B", new { A = m.Register.Id, B = m.Water.Id }));
        Assert.Equal(0, await fixture.CountAsync("energy_rollup_day", "institution_id = @Id", new { Id = m.InstitutionId }));
        Assert.Equal(99_990m, (await (await Client.GetAsync($"{Root}/meters/{m.Register.Id}")).ReadAsync<MeterResponse>()).LastRegisterValue);

        var good = string.Join("\n", "value,meterId,readAt",
            $"99995,{m.Register.Id},2025-01-01T01:00:00+08:00",
            $"3,{m.Register.Id},2025-01-01T02:00:00+08:00",
            $"12.5,{m.Water.Id},2025-01-01T01:00:00+08:00");
        var stored = await (await ImportAsync(Client, good, "?mode=AllOrNothing")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((ImportStatus.Completed, 3L, 0L), (stored.Status, stored.Accepted, stored.Rejected));
        Assert.Equal((13m, 12.5m), await JanuaryAsync(m.InstitutionId));
    }

    [ProviderFact]
    public async Task Replace_changes_an_interval_reading_but_never_a_cumulative_one()
    {
        var m = await MetersAsync();
        await (await ImportAsync(Client, $"meterId,readAt,value\n{m.Water.Id},2025-01-01T01:00:00+08:00,12.5\n{m.Register.Id},2025-01-01T01:00:00+08:00,99995\n"))
            .ReadAsync<ImportResponse>(HttpStatusCode.Created);
        var replaced = await (await ImportAsync(Client, $"meterId,readAt,value\n{m.Water.Id},2025-01-01T01:00:00+08:00,13\n", "?onDuplicate=Replace"))
            .ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((1L, 0L), (replaced.Replaced, replaced.Accepted));
        Assert.Equal((5m, 13m), await JanuaryAsync(m.InstitutionId));
        var problem = await (await ImportAsync(Client, $"meterId,readAt,value\n{m.Register.Id},2025-01-01T01:00:00+08:00,99996\n", "?onDuplicate=Replace"))
            .ProblemAsync((HttpStatusCode)422, "energy.import-rejected");
        var import = problem.GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        Assert.Equal("energy.replace-cumulative", Assert.Single(await ErrorsAsync(import)).Code);

        // By hand: the same outcomes.
        var single = await (await ReadingAsync(Client, m.Water.Id, "2025-01-01T01:00:00+08:00", 14m, replace: true)).ReadAsync<RecordReadingResponse>();
        Assert.Equal(("Replaced", 14m), (single.Outcome, single.Reading.Consumption));
        var same = await (await ReadingAsync(Client, m.Water.Id, "2025-01-01T01:00:00+08:00", 14m)).ReadAsync<RecordReadingResponse>();
        Assert.Equal("Duplicate", same.Outcome);
        await (await ReadingAsync(Client, m.Water.Id, "2025-01-01T01:00:00+08:00", 15m)).ProblemAsync(HttpStatusCode.Conflict, "energy.reading-conflict");
        await (await ReadingAsync(Client, m.Register.Id, "2025-01-01T01:00:00+08:00", 99_997m, replace: true)).ProblemAsync(HttpStatusCode.Conflict, "energy.replace-cumulative");
        Assert.Equal((5m, 14m), await JanuaryAsync(m.InstitutionId));
    }

    [ProviderFact]
    public async Task A_register_rolls_over_at_its_size_and_a_replacement_starts_a_new_register()
    {
        var m = await MetersAsync();
        await RecordAsync(Client, m.Register.Id, "2025-01-01T01:00:00+08:00", 99_999.999m);
        var rolled = await (await ReadingAsync(Client, m.Register.Id, "2025-01-01T02:00:00+08:00", 0.001m)).ReadAsync<RecordReadingResponse>();
        Assert.Equal(0.002m, rolled.Reading.Consumption);
        await RecordAsync(Client, m.Register.Id, "2025-01-01T03:00:00+08:00", 20m);
        // Not a rollover (20 is not near the top of the register): backwards.
        var backwards = await (await ReadingAsync(Client, m.Register.Id, "2025-01-01T04:00:00+08:00", 5m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("value:energy.register-backwards", backwards.FieldErrors());

        await (await Client.PostJsonAsync($"{Root}/meters/{m.Register.Id}/replacements", new { replacedAt = "2025-01-01T02:30:00+08:00", newRegisterValue = 0m }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var replaced = await (await Client.PostJsonAsync($"{Root}/meters/{m.Register.Id}/replacements", new
        {
            replacedAt = "2025-01-01T05:00:00+08:00", finalRegisterValue = 25m, newRegisterValue = 0m, registerDigits = 6,
        })).ReadAsync<MeterResponse>();
        Assert.Equal((6, 0m, 2L), (replaced.RegisterDigits, replaced.LastRegisterValue, replaced.Version));
        var after = await (await ReadingAsync(Client, m.Register.Id, "2025-01-01T06:00:00+08:00", 5m)).ReadAsync<RecordReadingResponse>();
        Assert.Equal(5m, after.Reading.Consumption);
        // 9.999 + 0.002 (rollover) + 19.999 + 5 (final reading of the old register) + 5 (new register)
        Assert.Equal(40m, (await JanuaryAsync(m.InstitutionId)).Electricity);
        var replacements = await (await Client.GetAsync($"{Root}/meters/{m.Register.Id}/replacements")).ReadAsync<List<MeterReplacementResponse>>();
        Assert.Equal((25m, 0m, 6), (Assert.Single(replacements).FinalRegisterValue!.Value, replacements[0].NewRegisterValue, replacements[0].RegisterDigits));
        await (await Client.GetAsync($"{Root}/meters/{Guid.NewGuid()}/replacements")).ProblemAsync(HttpStatusCode.NotFound, "energy.meter-not-found");
        var readings = await (await Client.GetAsync($"{Root}/meters/{m.Register.Id}/readings?from=2024-12-31T00:00:00Z")).ReadAsync<PagedResult<ReadingResponse>>();
        Assert.Equal(5, readings.TotalCount);
    }

    [ProviderFact]
    public async Task JSON_imports_report_bad_members_and_a_malformed_file_stops_with_a_report()
    {
        var m = await MetersAsync();
        var json = JsonSerializer.Serialize(new object[]
        {
            new { meterId = m.Water.Id, readAt = "2025-01-01T01:00:00+08:00", value = 1.5m },
            new { meterId = m.Water.Id, readAt = "2025-01-01T02:00:00+08:00", value = 2, note = "x" },
            new { meterId = m.Water.Id, readAt = "2025-01-01T03:00:00+08:00", value = "2.25" },
        });
        var import = await (await ImportAsync(Client, json, "?mode=KeepValid", "application/json")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((ImportFormat.Json, 2L, 1L), (import.Format, import.Accepted, import.Rejected));
        Assert.Equal((2L, "note", "energy.field-unknown"), (await ErrorsAsync(import)).Select(e => (e.RowNumber, e.Field, e.Code)).Single());
        Assert.Equal(3.75m, (await JanuaryAsync(m.InstitutionId)).Water);

        var truncated = $$"""[{"meterId":"{{m.Water.Id}}","readAt":"2025-01-01T04:00:00+08:00","value":1},{"meterId":""";
        var problem = await (await ImportAsync(Client, truncated, "", "application/json")).ProblemAsync((HttpStatusCode)422, "energy.import-malformed");
        var failed = problem.GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        Assert.Equal((ImportStatus.RolledBack, 0L), (failed.Status, failed.Accepted));
        Assert.Equal("energy.import-malformed", Assert.Single(await ErrorsAsync(failed)).Code);
        var kept = await (await ImportAsync(Client, truncated, "?mode=KeepValid", "application/json")).ProblemAsync((HttpStatusCode)422, "energy.import-malformed");
        Assert.Equal((ImportStatus.Failed, 1L), (kept.GetProperty("import").Deserialize<ImportResponse>(Http.Json)!.Status, kept.GetProperty("import").GetProperty("accepted").GetInt64()));
        Assert.Equal(4.75m, (await JanuaryAsync(m.InstitutionId)).Water);
        await (await ImportAsync(Client, "{}", "", "application/json")).ProblemAsync((HttpStatusCode)422, "energy.import-malformed");
    }

    [ProviderFact]
    public async Task A_meter_is_named_by_its_id_or_by_its_institutions_directory_code_and_its_code_in_one_file()
    {
        var m = await MetersAsync();
        var (_, other) = await InstitutionAsync(Client);
        var otherWater = await MeterAsync(Client, other.Id, "Water", "CubicMetre", installedAt: "2024-01-01T00:00:00+08:00");
        var institution = await (await Client.GetAsync($"{Root}/institutions/{m.InstitutionId}")).ReadAsync<InstitutionResponse>();
        var (code, water) = (institution.DirectoryCode, m.Water.Code);
        var csv = string.Join("\n",
            "readAt,meterCode,value,meterId,institutionCode",
            $"2025-01-01T01:00:00+08:00,,1,{m.Water.Id},",                                   // 1 by id
            $"2025-01-01T02:00:00+08:00,{water},2,,{code}",                                   // 2 by code
            $"2025-01-01T03:00:00+08:00,\"{water}\",3,{m.Water.Id},\"{code}\"",               // 3 both, the same meter (quoted cells)
            $"2025-01-01T04:00:00+08:00,{water},4,{otherWater.Id},{code}",                    // 4 both, different meters
            "2025-01-01T05:00:00+08:00,,5,,",                                                  // 5 neither
            $"2025-01-01T06:00:00+08:00,{water},6,,",                                          // 6 a meter code without its institution
            $"2025-01-01T07:00:00+08:00,NO-SUCH-METER,7,,{code}",                              // 7 unknown meter code
            $"2025-01-01T08:00:00+08:00,{water},8,,{other.DirectoryCode}",                     // 8 the code in another institution
            $"2025-01-01T09:00:00+08:00,{otherWater.Code},9,,{other.DirectoryCode}",           // 9 the other institution's meter by code
            $"2025-01-01T10:00:00+08:00,{new string('x', 51)},10,,{code}",                     // 10 longer than any code
            $"2025-01-01T11:00:00+08:00,{water},11,,{code}") + "\n";                          // 11 by code again (known from row 2)
        var import = await (await ImportAsync(Client, csv, "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((11L, 5L, 6L), (import.RowsRead, import.Accepted, import.Rejected));
        Assert.Equal(
            [
                (4L, "meterId", "energy.meter-reference-conflict"),
                (5L, "meterId", "energy.meter-reference-missing"),
                (6L, "institutionCode", "energy.meter-reference-missing"),
                (7L, "meterCode", "energy.meter-code-unknown"),
                (8L, "meterCode", "energy.meter-code-unknown"),
                (10L, "meterCode", "energy.meter-code-unknown"),
            ],
            (await ErrorsAsync(import)).Select(e => (e.RowNumber, e.Field, e.Code)));
        Assert.Equal(1m + 2 + 3 + 11, (await JanuaryAsync(m.InstitutionId)).Water);
        Assert.Equal(4, await fixture.CountAsync("energy_reading", "meter_id = @Id", new { m.Water.Id }));
        Assert.Equal(1, await fixture.CountAsync("energy_reading", "meter_id = @Id", new { otherWater.Id }));

        // The codes alone as the header, and JSON members of the same names; all-or-nothing rolls back a code that is unknown.
        var byCode = $"institutionCode,meterCode,readAt,value\n{code},{water},2025-01-02T01:00:00+08:00,1\n";
        Assert.Equal(1L, (await (await ImportAsync(Client, byCode)).ReadAsync<ImportResponse>(HttpStatusCode.Created)).Accepted);
        var json = JsonSerializer.Serialize(new object[]
        {
            new { institutionCode = code, meterCode = water, readAt = "2025-01-02T02:00:00+08:00", value = 1 },
            new { meterId = m.Water.Id, readAt = "2025-01-02T03:00:00+08:00", value = 1 },
            new { institutionCode = code, meterCode = "NO-SUCH-METER", readAt = "2025-01-02T04:00:00+08:00", value = 1 },
        });
        var problem = await (await ImportAsync(Client, json, "", "application/json")).ProblemAsync((HttpStatusCode)422, "energy.import-rejected");
        var rejected = problem.GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        Assert.Equal((3L, 0L, 1L), (rejected.RowsRead, rejected.Accepted, rejected.Rejected));
        Assert.Equal((3L, "meterCode", "energy.meter-code-unknown"), (await ErrorsAsync(rejected)).Select(e => (e.RowNumber, e.Field, e.Code)).Single());
        var kept = await (await ImportAsync(Client, json, "?mode=KeepValid", "application/json")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((2L, 1L), (kept.Accepted, kept.Rejected));
        Assert.Equal(4 + 1 + 2, await fixture.CountAsync("energy_reading", "meter_id = @Id", new { m.Water.Id }));
    }

    [ProviderFact]
    public async Task A_file_naming_thousands_of_meters_by_code_resolves_them_in_chunks()
    {
        // More distinct codes than one list may carry (SQL Server's parameter limit): several lookups, every row found.
        var (_, institution) = await InstitutionAsync(Client);
        var meter = await MeterAsync(Client, institution.Id, "Water", "CubicMetre", installedAt: "2024-01-01T00:00:00+08:00");
        var sb = new StringBuilder("institutionCode,meterCode,readAt,value\n");
        for (var i = 0; i < 1_200; i++)
        {
            sb.Append(institution.DirectoryCode).Append(",C-").Append(i).Append(",2025-03-01T00:00:00+08:00,1\n");
        }
        sb.Append(institution.DirectoryCode).Append(',').Append(meter.Code).Append(",2025-03-01T00:00:00+08:00,1\n");
        var import = await (await ImportAsync(Client, sb.ToString(), "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((1_201L, 1L, 1_200L), (import.RowsRead, import.Accepted, import.Rejected));
    }

    [ProviderFact]
    public async Task Bad_import_requests_are_refused_before_anything_is_stored()
    {
        var before = await fixture.CountAsync("energy_import");
        await (await ImportAsync(Client, "meter,time,value\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "meterId,readAt,value,extra\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "institutionCode,readAt,value\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "meterCode,readAt,value\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "meterId,meterId,readAt,value\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "meterId,institutionCode,meterCode,readAt\n")).ProblemAsync(HttpStatusCode.BadRequest, "energy.import-header-invalid");
        await (await ImportAsync(Client, "meterId,readAt,value\n", "", "application/xml")).ProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.unsupported-media-type");
        Assert.Contains("mode:request.enum-invalid", (await (await ImportAsync(Client, "meterId,readAt,value\n", "?mode=Some")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var problem = await (await ImportAsync(Client, "meterId,readAt,value\n", "?mode=2")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("mode:request.enum-invalid", problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("energy_import"));
        // A file with a header and no rows is an empty, completed import.
        var empty = await (await ImportAsync(Client, "meterId,readAt,value\n")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal((ImportStatus.Completed, 0L), (empty.Status, empty.RowsRead));
    }

    [ProviderFact]
    public async Task An_import_retried_with_its_Idempotency_Key_is_answered_once()
    {
        var m = await MetersAsync();
        var file = $"meterId,readAt,value\n{m.Water.Id},2025-01-01T01:00:00+08:00,2\n";
        var key = "import-" + Guid.NewGuid();
        var response = await ImportAsync(Client, file, "", "text/csv", key);
        var first = await response.ReadAsync<ImportResponse>(HttpStatusCode.Created);
        var imports = await fixture.CountAsync("energy_import");

        var replay = await ImportAsync(Client, file, "", "text/csv", key);
        Assert.Equal(first.Id, (await replay.ReadAsync<ImportResponse>(HttpStatusCode.Created)).Id);
        Assert.Equal(response.Headers.Location, replay.Headers.Location);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        // The streamed body was not buffered: it is compared by the digest recorded when the import finished,
        // or by the client's Content-Digest.
        var digest = Shared.Http.ContentDigest.For(Encoding.UTF8.GetBytes(file));
        Assert.Equal(first.Id, (await (await ImportAsync(Client, file, "", "text/csv", key, digest)).ReadAsync<ImportResponse>(HttpStatusCode.Created)).Id);
        var other = file.Replace(",2\n", ",3\n");
        await (await ImportAsync(Client, other, "", "text/csv", key)).ProblemAsync((HttpStatusCode)422, "idempotency.key-reused");
        await (await ImportAsync(Client, other, "", "text/csv", key, Shared.Http.ContentDigest.For(Encoding.UTF8.GetBytes(other)))).ProblemAsync((HttpStatusCode)422, "idempotency.key-reused");
        await (await ImportAsync(Client, file, "", "text/csv", key, "sha-256=:not-base64:")).ProblemAsync(HttpStatusCode.BadRequest, "idempotency.content-digest-invalid");
        // Another query string is another act: mode changes what the import does.
        Assert.NotEqual(first.Id, (await (await ImportAsync(Client, file, "?mode=KeepValid", "text/csv", key)).ReadAsync<ImportResponse>(HttpStatusCode.Created)).Id);
        imports++;

        // The key is leased for the import's own time limit (20 minutes), and points at the import while it runs.
        await using var connection = fixture.OpenConnection();
        var row = await connection.QuerySingleAsync<KeyRow>(
            "SELECT created_at, lease_until, location FROM shared_idempotency_key WHERE idempotency_key = @Key AND resource_id = @Id", new { Key = key, first.Id });
        Assert.Equal((TimeSpan.FromMinutes(20), response.Headers.Location?.OriginalString), (row.LeaseUntil - row.CreatedAt, row.Location));
        await connection.ExecuteAsync("UPDATE shared_idempotency_key SET completed_at = NULL, lease_until = @Until WHERE idempotency_key = @Key AND resource_id = @Id",
            new { Until = DateTimeOffset.UtcNow.AddMinutes(20), Key = key, first.Id });
        var running = await ImportAsync(Client, file, "", "text/csv", key);
        await running.ProblemAsync(HttpStatusCode.Conflict, "idempotency.in-progress");
        Assert.Equal(response.Headers.Location, running.Headers.Location);

        Assert.Equal(imports, await fixture.CountAsync("energy_import"));
        Assert.Equal(2m, (await JanuaryAsync(m.InstitutionId)).Water);
    }

    private sealed class KeyRow
    {
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset LeaseUntil { get; init; }
        public string? Location { get; init; }
    }

    [ProviderFact]
    public async Task A_rejected_import_retried_with_its_key_answers_the_same_rejection_and_starts_nothing()
    {
        var m = await MetersAsync();
        var key = "rejected-" + Guid.NewGuid();
        var file = MixedFile(m);
        var first = (await (await ImportAsync(Client, file, "", "text/csv", key)).ProblemAsync((HttpStatusCode)422, "energy.import-rejected"))
            .GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        var imports = await fixture.CountAsync("energy_import");
        var again = (await (await ImportAsync(Client, file, "", "text/csv", key)).ProblemAsync((HttpStatusCode)422, "energy.import-rejected"))
            .GetProperty("import").Deserialize<ImportResponse>(Http.Json)!;
        Assert.Equal(first, again);
        Assert.Equal(imports, await fixture.CountAsync("energy_import"));
    }

    [ProviderFact]
    public async Task Fuel_in_litres_converts_with_the_density_in_force_on_the_readings_date()
    {
        var (_, institution) = await InstitutionAsync(Client, "350100");
        var diesel = await MeterAsync(Client, institution.Id, "Diesel", "Litre", subsystem: "Special");
        await (await Client.PostJsonAsync($"{Root}/rules/densities", new
        {
            energyKind = "Diesel", jurisdiction = "350100", effectiveFrom = "2025-07-01", value = 0.84m, source = "测试", confidence = "Unconfirmed",
        })).ReadAsync<CoefficientResponse>(HttpStatusCode.Created);
        var file = $"meterId,readAt,value\n{diesel.Id},2025-06-30T12:00:00+08:00,100\n{diesel.Id},2025-07-01T12:00:00+08:00,100\n{diesel.Id},2025-07-02T12:00:00+08:00,0.001\n";
        await (await ImportAsync(Client, file)).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        var readings = await (await Client.GetAsync($"{Root}/meters/{diesel.Id}/readings")).ReadAsync<PagedResult<ReadingResponse>>();
        // 100 L × 0.85, 100 L × 0.84, and 1 mL × 0.84 = 0.84 g, rounded to the gram.
        Assert.Equal([85m, 84m, 0.001m], readings.Items.Select(r => r.Consumption));
        var year = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Year&year=2025");
        Assert.Equal(169.001m, Quantity(year, EnergyKind.Diesel));
        Assert.Equal(246.2513571m, KindKgce(year, EnergyKind.Diesel)); // 169.001 × 1.4571
    }

    [ProviderFact]
    public async Task A_file_of_several_chunks_is_stored_whole_and_the_roll_ups_match_the_readings()
    {
        var m = await MetersAsync();
        var sb = new StringBuilder("meterId,readAt,value\n");
        var start = new DateTimeOffset(2025, 2, 1, 0, 15, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < 12_001; i++)
        {
            sb.Append(m.Water.Id).Append(',').Append(start.AddMinutes(15 * i).ToString("yyyy-MM-ddTHH:mm:sszzz")).Append(",0.125\n");
        }
        var import = await (await ImportAsync(Client, sb.ToString(), "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal(12_001L, import.Accepted);
        var custom = await IndicatorsAsync(Client, $"institutionId={m.InstitutionId}&period=Custom&from=2025-02-01&to=2025-12-31");
        Assert.Equal(1500.125m, Quantity(custom, EnergyKind.Water));
        await EnergyConsistency.AssertRollupsMatchReadingsAsync(fixture);
    }

    [ProviderFact]
    public async Task Under_Kestrel_the_import_takes_more_than_the_1_MiB_every_other_operation_is_limited_to()
    {
        var m = await MetersAsync();
        var factory = fixture.CreateFactory(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Api-Key", fixture.AdminKey);

        var sb = new StringBuilder("meterId,readAt,value\n");
        var start = new DateTimeOffset(2025, 6, 1, 0, 15, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(m.Water.Id).Append(',').Append(start.AddMinutes(15 * i).ToString("yyyy-MM-ddTHH:mm:sszzz")).Append(",0.001\n");
        }
        var file = sb.ToString();
        Assert.True(Encoding.UTF8.GetByteCount(file) > 1 << 20);
        var import = await (await ImportAsync(client, file, "?mode=KeepValid")).ReadAsync<ImportResponse>(HttpStatusCode.Created);
        Assert.Equal(20_000L, import.Accepted);

        var organ = $$"""{"name":"{{new string('x', 1_100_000)}}"}""";
        // Expect: 100-continue, as a careful client sends a large body: the 413 comes before the body is
        // sent. Without it the server may close the connection while the client is still writing.
        using var tooLarge = Http.Request(HttpMethod.Post, "/api/v1/organs", organ);
        tooLarge.Headers.ExpectContinue = true;
        await (await client.SendAsync(tooLarge)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too-large");
    }
}
