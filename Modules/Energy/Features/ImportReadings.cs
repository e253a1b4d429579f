using System.Threading.Channels;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Import readings in bulk: CSV or JSON, streamed (millions of rows per request) (Energy_ImportReadings): the route.</summary>
internal static class ImportReadings
{
    /// <summary>The import endpoint's own limits (the rest of the API takes 1 MiB and 30 s).</summary>
    internal const long ImportMaxBytes = 1L << 30;
    internal static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(20);

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder readings)
    {
        var route = readings.MapPost("/readings/imports", Handle).WithName("Energy_ImportReadings")
            .WithSummary("Import readings in bulk: CSV or JSON, streamed (millions of rows per request; 批量导入读数)")
            .WithDescription(
                "Body: text/csv with a header naming meterId,readAt,value (any order), or application/json: an array of {meterId, readAt, value}. readAt is an ISO 8601 instant with an offset. " +
                "A row may name its meter in the bureau's terms instead of by id: institutionCode (the public institution's directory code, 名录库编码) and meterCode (the meter's code within that institution) — CSV columns institutionCode,meterCode in place of or beside meterId, JSON members of the same names. " +
                "Both forms may be mixed in one file (a CSV with all three columns leaves the unused cells empty); a row giving both must name the same meter (energy.meter-reference-conflict), a row with neither is energy.meter-reference-missing, and a code pair with no meter the caller may see is energy.meter-code-unknown, as an unknown id is energy.meter-unknown. " +
                "Limits of this endpoint: 1 GiB body (413) and 20 minutes (504); the file is read as a stream and stored in chunks (20,000 rows unless the server sets `Energy:ImportChunkSize`; the next chunk is read while one is stored), so memory does not grow with it. " +
                "Every row is checked (unknown meter, time out of range, negative value, a register going backwards, a duplicate with another value) and every rejected row is in the error report (`errorsUrl`, paged) with its row number (1 = first data row), field, code and message. " +
                "An identical duplicate is counted and changes nothing. mode=AllOrNothing (default) stores nothing if any row is rejected (422 energy.import-rejected, the summary in `import`); mode=KeepValid commits valid rows chunk by chunk (201 with the counts). " +
                "onDuplicate=Replace replaces the value of an existing interval reading. A malformed file stops the import at that row (422 energy.import-malformed). " +
                "The server does not retry an import: on a transient failure it answers 503; retry with the same Idempotency-Key — rows already stored then count as duplicates. " +
                "The Idempotency-Key maps to the import it started: a retry while that import runs is 409 idempotency.in-progress with its URL in Location; once it finished, a retry answers its summary (201, or the 422 it gave) and starts nothing. " +
                "The body is compared by the Content-Digest header or, without it, by the digest recorded when the first import finished (another body → 422 idempotency.key-reused). Fuel read in litres is converted to kg with the density rule in force on the reading's date. One audit entry per import.")
            .Accepts<IReadOnlyList<ReadingImportRow>>("application/json", "text/csv")
            .Produces<ImportResponse>(StatusCodes.Status201Created).CreateProblems().StreamedBody().StrictEnums<ImportParameters>()
            .ProblemExtension<ImportResponse>(StatusCodes.Status422UnprocessableEntity, "import", "ImportFailedProblem",
                "A problem; with code energy.import-rejected or energy.import-malformed it carries `import`: the import's summary (nothing was stored in AllOrNothing mode; errorsUrl lists the rejected rows).")
            .WithMetadata(new RequestSizeLimitAttribute(ImportMaxBytes));
        // WithRequestTimeout answers the general builder type, so the route is kept to be returned.
        route.WithRequestTimeout(ImportTimeout)
            .RequireScope(EnergyModule.WriteScope);
        return route;
    }

    private static async Task<Created<ImportResponse>> Handle([AsParameters] ImportParameters p, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var format = mediaType switch
        {
            "text/csv" => ImportFormat.Csv,
            "application/json" => ImportFormat.Json,
            // Routing already answers 415 for any type the operation does not accept (Accepts below).
            _ => throw new ProblemException(SharedErrors.UnsupportedMediaType),
        };
        var import = await mediator.Send(new ImportReadingsCommand(request.Body, format, p.Mode ?? ImportMode.AllOrNothing, p.OnDuplicate ?? DuplicatePolicy.Reject), ct);
        return TypedResults.Created(Location(import.Id), import);
    }

    internal static string Location(Guid importId) => $"{EnergyEndpoints.Root}/imports/{importId}";
}

/// <summary>
/// A streamed import of readings. Not a pipeline command: it manages its own transactions (one for the
/// whole file, or one per chunk) and is never retried by the server — on a transient failure the client
/// retries with its Idempotency-Key, and rows already stored come back as counted duplicates.
/// </summary>
internal sealed record ImportReadingsCommand(Stream Body, ImportFormat Format, ImportMode Mode, DuplicatePolicy OnDuplicate) : MediatR.IRequest<ImportResponse>;

internal sealed class ImportReadingsValidator : AbstractValidator<ImportReadingsCommand>
{
    public ImportReadingsValidator()
    {
        RuleFor(c => c.Mode).IsInEnum().OverridePropertyName("mode");
        RuleFor(c => c.OnDuplicate).IsInEnum().OverridePropertyName("onDuplicate");
    }
}

internal sealed class ImportReadingsHandler(
    UnitOfWork uow, ImportRepository imports, MeterRepository meters, ReadingProcessor processor, OverrunDetector overruns, AuditTrail audit,
    CurrentPrincipal principal, IdGenerator ids, BusinessClock clock, IdempotencyAttempt idempotency, IConfiguration configuration)
    : IRequestHandler<ImportReadingsCommand, ImportResponse>
{
    /// <summary>
    /// Rows per chunk (`Energy:ImportChunkSize`, 100–100,000, default 20,000): bounds memory (three chunks at
    /// most are held) and, in KeepValid mode, how long one transaction holds its meters; larger chunks spend
    /// fewer round trips per row.
    /// </summary>
    private readonly int _chunkSize = Math.Clamp(configuration.GetValue("Energy:ImportChunkSize", 20_000), 100, 100_000);

    /// <summary>How the message of a malformed file begins (a replay tells it from a rejected one by it).</summary>
    private const string MalformedMessage = "The file is malformed; reading stopped at the row named in the error report.";

    public async Task<ImportResponse> Handle(ImportReadingsCommand command, CancellationToken ct)
    {
        if (idempotency.ReplayedResource is { } replayed)
        {
            // A retry of a finished import answers that import, as the first request did, and reads nothing.
            return Answer(await imports.GetVisibleAsync(replayed, ct) ?? throw new ProblemException(EnergyErrors.ImportNotFound));
        }
        IAsyncEnumerable<ReadRow> source;
        if (command.Format == ImportFormat.Csv)
        {
            var csv = await ReadingSource.OpenCsvAsync(command.Body, ct) ?? throw new ProblemException(EnergyErrors.HeaderInvalid);
            source = ReadingSource.ReadCsvAsync(csv.Reader, csv.Positions, csv.Width, ct);
        }
        else
        {
            source = ReadingSource.ReadJsonAsync(command.Body, ct);
        }

        var import = new ImportRow
        {
            Id = ids.NewId(),
            Principal = principal.Id,
            OrganId = principal.OrganId,
            Status = ImportStatus.Running,
            Mode = command.Mode,
            OnDuplicate = command.OnDuplicate,
            Format = command.Format,
            StartedAt = clock.UtcNow,
        };
        await InTransactionAsync(async () =>
        {
            await imports.InsertAsync(import, ct);
            // From now on a retry with the same Idempotency-Key answers this import instead of starting another.
            await idempotency.BindAsync(import.Id, ImportReadings.Location(import.Id), ct);
        }, ct);

        var run = new ImportRun(import, command.Mode == ImportMode.AllOrNothing);
        try
        {
            if (run.AllOrNothing)
            {
                await uow.BeginAsync(ct);
            }
            // Reading and checking the fields of the next chunk overlaps with storing the current one: a
            // bounded channel of two chunks between a reader task and this loop keeps memory flat.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var chunks = Channel.CreateBounded<ParsedChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            var reader = Task.Run(() => ReadChunksAsync(source, chunks.Writer, _chunkSize, stop.Token), stop.Token);
            try
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
                {
                    import.RowsRead += chunk.RowsRead;
                    import.Rejected += chunk.Rejected;
                    run.Malformed |= chunk.Malformed;
                    await FlushAsync(run, chunk.Readings, chunk.Errors, command.OnDuplicate, ct);
                }
            }
            finally
            {
                await stop.CancelAsync();
                await reader.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            await reader;
            return await FinishAsync(run, ct);
        }
        catch (Exception ex) when (ex is not ProblemException { Extensions: not null })
        {
            await uow.RollbackAsync();
            await MarkFailedAsync(import);
            throw;
        }
    }

    /// <summary>One chunk as read: its good rows, the rows refused by the field checks, and how many rows it read.</summary>
    private sealed record ParsedChunk(List<ParsedReading> Readings, List<RowError> Errors, long RowsRead, long Rejected, bool Malformed);

    /// <summary>The reader task: rows into chunks; a malformed file ends with a chunk that says so.</summary>
    private static async Task ReadChunksAsync(IAsyncEnumerable<ReadRow> source, ChannelWriter<ParsedChunk> writer, int chunkSize, CancellationToken ct)
    {
        var readings = new List<ParsedReading>(chunkSize);
        var errors = new List<RowError>();
        long read = 0, rejected = 0;
        try
        {
            try
            {
                await foreach (var row in source.WithCancellation(ct))
                {
                    read++;
                    if (row.Reading is { } reading)
                    {
                        readings.Add(reading);
                    }
                    else
                    {
                        errors.AddRange(row.Errors!);
                        rejected++;
                    }
                    if (readings.Count + errors.Count >= chunkSize)
                    {
                        await writer.WriteAsync(new ParsedChunk(readings, errors, read, rejected, false), ct);
                        (readings, errors, read, rejected) = (new List<ParsedReading>(chunkSize), [], 0, 0);
                    }
                }
                await writer.WriteAsync(new ParsedChunk(readings, errors, read, rejected, false), ct);
            }
            catch (MalformedFileException ex)
            {
                errors.Add(new RowError(ex.RowNumber, null, EnergyErrors.ImportMalformed, Truncate(ex.Message)));
                await writer.WriteAsync(new ParsedChunk(readings, errors, read, rejected, true), ct);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private async Task FlushAsync(ImportRun run, List<ParsedReading> chunk, List<RowError> parseErrors, DuplicatePolicy policy, CancellationToken ct)
    {
        if (chunk.Count == 0 && parseErrors.Count == 0)
        {
            return;
        }
        if (!run.AllOrNothing)
        {
            await uow.BeginAsync(ct);
        }
        var codeErrors = await ResolveCodesAsync(run, chunk, ct);
        var outcome = await processor.ProcessAsync(chunk, policy, run.Import.Id, write: !run.ValidateOnly, run.Meters, ct, keepStored: false);
        var import = run.Import;
        import.Accepted += outcome.Accepted;
        import.Replaced += outcome.Replaced;
        import.Duplicates += outcome.Duplicates;
        // A row may fail several checks; it is one rejected row.
        import.Rejected += codeErrors.Count + outcome.Errors.Select(e => e.RowNumber).Distinct().Count();
        foreach (var touched in outcome.Touched)
        {
            run.Touched.Add(touched);
        }
        var errors = parseErrors.Concat(codeErrors).Concat(outcome.Errors).OrderBy(e => e.RowNumber).ToList();
        chunk.Clear();
        parseErrors.Clear();

        if (run.AllOrNothing && !run.ValidateOnly && errors.Count > 0)
        {
            // Nothing of this import will be stored: give the locks back now and only check the rest.
            await uow.RollbackAsync();
            run.ValidateOnly = true;
        }
        if (run.AllOrNothing && !run.ValidateOnly)
        {
            return;
        }
        if (run.AllOrNothing)
        {
            await uow.BeginAsync(ct);
        }
        await imports.InsertErrorsAsync(errors.Select(e => new ImportErrorRow
        {
            ImportId = import.Id,
            Seq = ++run.ErrorSeq,
            RowNumber = e.RowNumber,
            Field = e.Field,
            Code = e.Code.Code,
            Message = Truncate(e.Detail is null ? e.Code.Title : $"{e.Code.Title} ({e.Detail})"),
        }), ct);
        await uow.CommitAsync(ct);
    }

    /// <summary>
    /// Turns the rows that name their meter by (institutionCode, meterCode) into rows by id, in place: the
    /// codes not met before in this import are looked up in bulk (one query per chunk of codes, only meters
    /// the caller may see) and remembered for the rest of the file. A code with no visible meter, or one
    /// naming another meter than the row's meterId, rejects its row (one error each) and drops it from the chunk.
    /// </summary>
    private async Task<List<RowError>> ResolveCodesAsync(ImportRun run, List<ParsedReading> chunk, CancellationToken ct)
    {
        var errors = new List<RowError>();
        if (!chunk.Exists(r => r.Code is not null))
        {
            return errors;
        }
        var unseen = chunk.Where(r => r.Code is not null).Select(r => (r.Code!.InstitutionCode, r.Code.MeterCode))
            .Where(c => !run.Codes.ContainsKey(c)).Distinct().ToList();
        if (unseen.Count > 0)
        {
            var found = await meters.ResolveCodesAsync(unseen, ct);
            foreach (var code in unseen)
            {
                run.Codes[code] = found.TryGetValue(code, out var id) ? id : null;
            }
        }
        var kept = 0;
        for (var i = 0; i < chunk.Count; i++)
        {
            var row = chunk[i];
            var resolved = row;
            if (row.Code is { } code)
            {
                if (run.Codes[(code.InstitutionCode, code.MeterCode)] is not { } id)
                {
                    errors.Add(new RowError(row.RowNumber, "meterCode", EnergyErrors.MeterCodeUnknown));
                    continue;
                }
                if (row.MeterId != Guid.Empty && row.MeterId != id)
                {
                    errors.Add(new RowError(row.RowNumber, "meterId", EnergyErrors.MeterReferenceConflict));
                    continue;
                }
                resolved = row with { MeterId = id, Code = null };
            }
            chunk[kept++] = resolved;
        }
        chunk.RemoveRange(kept, chunk.Count - kept);
        return errors;
    }

    private async Task<ImportResponse> FinishAsync(ImportRun run, CancellationToken ct)
    {
        var import = run.Import;
        var stored = !run.AllOrNothing || !run.ValidateOnly && !run.Malformed;
        if (stored && !run.ValidateOnly)
        {
            Shared.Diagnostics.Telemetry.ImportedRows.Add(import.Accepted + import.Replaced);
        }
        if (run.AllOrNothing && run.Malformed && !run.ValidateOnly)
        {
            await uow.RollbackAsync();
        }
        if (!uow.InTransaction)
        {
            // The digest recorded with the key covers the whole body, also the part after a malformed row.
            await idempotency.DrainBodyAsync(ct);
        }
        if (run.AllOrNothing && !stored)
        {
            import.Message = $"{import.Accepted + import.Replaced} valid rows were not stored: the import is all-or-nothing and {import.Rejected} rows were rejected.";
            import.Accepted = 0;
            import.Replaced = 0;
        }
        import.Status = run.Malformed
            ? (run.AllOrNothing ? ImportStatus.RolledBack : ImportStatus.Failed)
            : stored ? ImportStatus.Completed : ImportStatus.RolledBack;
        if (run.Malformed)
        {
            import.Message = MalformedMessage + (import.Message is null ? "" : " " + import.Message);
        }
        import.FinishedAt = clock.UtcNow;

        if (!uow.InTransaction)
        {
            await uow.BeginAsync(ct);
        }
        audit.Reset("Energy.ImportReadings");
        if (stored)
        {
            await overruns.CheckAsync(run.Touched, ct);
        }
        await imports.UpdateAsync(import, ct);
        audit.Record("ReadingImport", import.Id, import.OrganId, new Dictionary<string, FieldChange>
        {
            ["status"] = new(null, import.Status.ToString()),
            ["mode"] = new(null, import.Mode.ToString()),
            ["rowsRead"] = new(null, import.RowsRead),
            ["accepted"] = new(null, import.Accepted),
            ["replaced"] = new(null, import.Replaced),
            ["duplicates"] = new(null, import.Duplicates),
            ["rejected"] = new(null, import.Rejected),
        });
        await audit.FlushAsync(ct);
        await idempotency.CompleteBoundAsync(ct);
        await uow.CommitAsync(ct);
        idempotency.Committed();
        return Answer(import);
    }

    /// <summary>A finished import's answer: its summary, or the 422 that carries it.</summary>
    private static ImportResponse Answer(ImportRow import)
    {
        var response = import.ToResponse();
        if (import.Status != ImportStatus.Completed)
        {
            var malformed = import.Message?.StartsWith(MalformedMessage, StringComparison.Ordinal) == true;
            throw new ProblemException(malformed ? EnergyErrors.ImportMalformed : EnergyErrors.ImportRejected, detail: import.Message)
            {
                Extensions = new Dictionary<string, object?> { ["import"] = response },
            };
        }
        return response;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        await uow.BeginAsync(ct);
        await work();
        await uow.CommitAsync(ct);
    }

    /// <summary>Best effort after a failure (the database may be the thing that failed): the import is not left "running".</summary>
    private async Task MarkFailedAsync(ImportRow import)
    {
        try
        {
            import.Status = ImportStatus.Failed;
            import.Message = "The import stopped on an error; rows of committed chunks (KeepValid) stay. Retry with the same Idempotency-Key: stored rows count as duplicates.";
            import.FinishedAt = clock.UtcNow;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await InTransactionAsync(() => imports.UpdateAsync(import, timeout.Token), timeout.Token);
        }
        catch (Exception)
        {
            await uow.RollbackAsync();
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    private sealed class ImportRun(ImportRow import, bool allOrNothing)
    {
        public ImportRow Import { get; } = import;
        public bool AllOrNothing { get; } = allOrNothing;
        public bool ValidateOnly { get; set; }
        public bool Malformed { get; set; }
        public long ErrorSeq { get; set; }
        public Dictionary<Guid, MeterRow> Meters { get; } = [];

        /// <summary>The meter ids of the codes looked up so far (null: no meter the caller may see).</summary>
        public Dictionary<(string InstitutionCode, string MeterCode), Guid?> Codes { get; } = [];
        public HashSet<(Guid InstitutionId, int Year)> Touched { get; } = [];
    }
}

/// <summary>One row of an import (documentation of the JSON body; CSV has the same columns): the meter by meterId, or by institutionCode and meterCode.</summary>
/// <param name="MeterId">The meter's id (or leave it out and give institutionCode and meterCode).</param>
/// <param name="InstitutionCode">The public institution's directory code (名录库编码), with meterCode instead of meterId.</param>
/// <param name="MeterCode">The meter's code within its institution, with institutionCode instead of meterId.</param>
/// <param name="ReadAt">ISO 8601 instant with an offset.</param>
/// <param name="Value">Register value (cumulative) or interval consumption, ≥ 0, at most 3 decimals, in the meter's unit.</param>
internal sealed record ReadingImportRow(Guid? MeterId, DateTimeOffset ReadAt, decimal Value, string? InstitutionCode = null, string? MeterCode = null);

/// <summary>Query parameters of POST /api/v1/energy/readings/imports.</summary>
internal sealed record ImportParameters
{
    [FromQuery(Name = "mode")] public ImportMode? Mode { get; init; }
    [FromQuery(Name = "onDuplicate")] public DuplicatePolicy? OnDuplicate { get; init; }
}
