using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Features;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy;

/// <summary>Every route of the Energy module, on one screen.</summary>
internal static class EnergyEndpoints
{
    private const string Root = "/api/v1/energy";

    /// <summary>The import endpoint's own limits (the rest of the API takes 1 MiB and 30 s).</summary>
    internal const long ImportMaxBytes = 1L << 30;
    internal static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(20);

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var institutions = app.MapGroup(Root + "/institutions").WithTags(EnergyModule.InstitutionsTag);
        institutions.MapPost("/", CreateInstitution).WithName("Energy_CreateInstitution")
            .WithSummary("Register a public institution (公共机构) for an organ")
            .WithDescription("One institution per organ (409 energy.organ-has-institution); the directory code (名录库编码) is unique (409). The bureau's work (403 auth.bureau-only). Accepts Idempotency-Key.")
            .Produces<InstitutionResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapGet("/{id:guid}", GetInstitution).WithName("Energy_GetInstitution")
            .WithSummary("Get a public institution, with its ETag")
            .WithDescription("Another organ's institution answers 404 like a missing one.")
            .Produces<InstitutionResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);
        institutions.MapGet("/", ListInstitutions).WithName("Energy_ListInstitutions")
            .WithSummary("List public institutions with filters and paging")
            .WithDescription("Filters: organId, q (name or directory code contains). Sort fields: name, directoryCode, createdAt. An ordinary organ sees only its own institution.")
            .Produces<PagedResult<InstitutionResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);
        institutions.MapPut("/{id:guid}", UpdateInstitution).WithName("Energy_UpdateInstitution")
            .WithSummary("Rename an institution or change its directory code (If-Match required; the bureau's work)")
            .WithDescription("The organ it belongs to never changes. The directory code stays unique (409). Audited old → new.")
            .Produces<InstitutionResponse>().UpdateProblems(403)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapPut("/{id:guid}/statistics/{year:int}", PutStatistics).WithName("Energy_PutYearlyStatistics")
            .WithSummary("Set an institution's statistics for a year: floor area and energy-using population (用能人数)")
            .WithDescription("The divisors of the per-m² and per-person indicators. 用能人数 is the people actually using the institution's energy that year, not the organ's approved headcount (编制). Replaces the year's values; audited.")
            .Produces<YearlyStatisticsResponse>().Problems(400, 404, 413, 415)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapGet("/{id:guid}/statistics", ListStatistics).WithName("Energy_ListYearlyStatistics")
            .WithSummary("An institution's statistics, every year")
            .WithDescription("Floor area (m²) and energy-using population (用能人数) per year, oldest first.")
            .Produces<IReadOnlyList<YearlyStatisticsResponse>>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);
        institutions.MapPost("/{id:guid}/meters", CreateMeter).WithName("Energy_CreateMeter")
            .WithTags(EnergyModule.MetersTag)
            .WithSummary("Register a meter (计量器具) of an institution")
            .WithDescription("Kind, unit, subsystem (分项) and mode. A cumulative meter has a register size in digits (3–9) and its value at installation; an interval meter reports the consumption of each interval. The multiplier (倍率) is an integer. The code is unique within the institution (409). Accepts Idempotency-Key.")
            .Produces<MeterResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapPut("/{id:guid}/quotas/{year:int}", SetQuota).WithName("Energy_SetQuota")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("Set an institution's annual quota (能耗定额; the bureau's work)")
            .WithDescription("Standard coal in kgce and optionally water in m³. If the year's use is already above it, the overrun is flagged at once. Answers the progress. Bureau only (403).")
            .Produces<QuotaProgressResponse>().Problems(400, 403, 404, 413, 415)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapGet("/{id:guid}/quotas/{year:int}", GetQuotaProgress).WithName("Energy_GetQuotaProgress")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("An institution's quota for a year and its use so far")
            .WithDescription("404 energy.quota-not-found when no quota is set for the year.")
            .Produces<QuotaProgressResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);
        institutions.MapGet("/{id:guid}/target-progress", GetTargetProgress).WithName("Energy_GetTargetProgress")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("Progress against the plan targets in force for a year (e.g. the 14th Five-Year Plan against 2020)")
            .WithDescription("Per indicator: the baseline year's value, the year's value, the change in percent and the plan's target (negative: a reduction). A year outside every plan period answers plan null and no indicators: no target in force, never a stale plan's.")
            .Produces<TargetProgressResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);
        institutions.MapPost("/{id:guid}/annual-reports/{year:int}/draft", DraftAnnualReport).WithName("Energy_DraftAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("Draft (or redraft) an institution's annual report (年度能源资源消费统计) for a past year")
            .WithDescription("Freezes the year's figures from the roll-ups and the year's statistics (422 energy.statistics-missing without them). A submitted report cannot be redrafted (409). Only a year that has ended (422).")
            .Produces<AnnualReportResponse>().Problems(400, 404, 409, 422)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapPost("/{id:guid}/annual-reports/{year:int}/submit", SubmitAnnualReport).WithName("Energy_SubmitAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("Submit the drafted annual report (报送; If-Match required)")
            .WithDescription("Due by the settings rule: 31 March of the following year as seeded (公共机构节能条例). A submission after the due date is kept and marked submittedLate.")
            .Produces<AnnualReportResponse>().Problems(400, 404, 409, 412, 428)
            .RequireScope(EnergyModule.WriteScope);
        institutions.MapGet("/{id:guid}/annual-reports/{year:int}", GetAnnualReport).WithName("Energy_GetAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("An institution's annual report for a year: status (NotStarted, Draft, Submitted, Late), due date and figures")
            .WithDescription("Late: not submitted and the due date has passed (business time zone). The ETag is the report's version (0 before a draft exists); submit with it.")
            .Produces<AnnualReportResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);

        var meters = app.MapGroup(Root + "/meters").WithTags(EnergyModule.MetersTag);
        meters.MapGet("/{id:guid}", GetMeter).WithName("Energy_GetMeter")
            .WithSummary("Get a meter with its register state, and its ETag")
            .WithDescription("lastReadAt and lastRegisterValue are what the next reading of a cumulative meter is measured against. Another organ's meter answers 404.")
            .Produces<MeterResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);
        meters.MapGet("/", ListMeters).WithName("Energy_ListMeters")
            .WithSummary("List meters with filters and paging")
            .WithDescription("Filters: institutionId, kind, status. Sort fields: code, kind, lastReadAt, createdAt.")
            .Produces<PagedResult<MeterResponse>>().Problems(400).StrictEnums<MeterListParameters>()
            .RequireScope(EnergyModule.ReadScope);
        meters.MapPut("/{id:guid}", UpdateMeter).WithName("Energy_UpdateMeter")
            .WithSummary("Change a meter's subsystem or retire it (If-Match required)")
            .WithDescription("A retired meter accepts no readings. Kind, unit, mode and register are fixed: another meter is a new meter, a new register is a replacement.")
            .Produces<MeterResponse>().UpdateProblems()
            .RequireScope(EnergyModule.WriteScope);
        meters.MapPost("/{id:guid}/replacements", ReplaceMeter).WithName("Energy_ReplaceMeter")
            .WithSummary("Replace a cumulative meter (换表): end the old register and start a new one")
            .WithDescription("The optional final reading of the old register is recorded at replacedAt like any reading; the next reading is measured against the new register's starting value, so a lower value after a replacement is not a register going backwards.")
            .Produces<MeterResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(EnergyModule.WriteScope);

        meters.MapGet("/{id:guid}/replacements", ListReplacements).WithName("Energy_ListMeterReplacements")
            .WithSummary("A meter's replacements (换表), oldest first")
            .WithDescription("Each with the old register's final value when it was recorded, and the new register's starting value and size.")
            .Produces<IReadOnlyList<MeterReplacementResponse>>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

        var readings = app.MapGroup(Root).WithTags(EnergyModule.ReadingsTag);
        readings.MapPost("/meters/{id:guid}/readings", RecordReading).WithName("Energy_RecordReading")
            .WithSummary("Record one reading by hand")
            .WithDescription("The checks of an import row. An identical reading at the same time is a no-op (outcome Duplicate); another value is 409 energy.reading-conflict unless replace is true (interval meters; a cumulative reading cannot be replaced). A register going backwards that is neither a rollover of its size (previous in the top tenth, new in the bottom tenth) nor after a replacement is 400 energy.register-backwards.")
            .Produces<RecordReadingResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(EnergyModule.WriteScope);
        readings.MapGet("/meters/{id:guid}/readings", ListReadings).WithName("Energy_ListReadings")
            .WithSummary("A meter's readings, oldest first, with paging")
            .WithDescription("Optional from (inclusive) and to (exclusive) instants.")
            .Produces<PagedResult<ReadingResponse>>().Problems(400, 404)
            .RequireScope(EnergyModule.ReadScope);
        readings.MapPost("/readings/imports", ImportReadings).WithName("Energy_ImportReadings")
            .WithSummary("Import readings in bulk: CSV or JSON, streamed (millions of rows per request)")
            .WithDescription(
                "Body: text/csv with a header naming meterId,readAt,value (any order), or application/json: an array of {meterId, readAt, value}. readAt is an ISO 8601 instant with an offset. " +
                "Limits of this endpoint: 1 GiB body (413) and 20 minutes (504); the file is read as a stream and stored in chunks (20,000 rows unless the server sets `Energy:ImportChunkSize`; the next chunk is read while one is stored), so memory does not grow with it. " +
                "Every row is checked (unknown meter, time out of range, negative value, a register going backwards, a duplicate with another value) and every rejected row is in the error report (`errorsUrl`, paged) with its row number (1 = first data row), field, code and message. " +
                "An identical duplicate is counted and changes nothing. mode=AllOrNothing (default) stores nothing if any row is rejected (422 energy.import-rejected, the summary in `import`); mode=KeepValid commits valid rows chunk by chunk (201 with the counts). " +
                "onDuplicate=Replace replaces the value of an existing interval reading. A malformed file stops the import at that row (422 energy.import-malformed). " +
                "The server does not retry an import: on a transient failure it answers 503; retry with the same Idempotency-Key — rows already stored then count as duplicates. Fuel read in litres is converted to kg with the density rule in force on the reading's date. One audit entry per import.")
            .Accepts<IReadOnlyList<ReadingImportRow>>("application/json", "text/csv")
            .Produces<ImportResponse>(StatusCodes.Status201Created).CreateProblems().StrictEnums<ImportParameters>()
            .WithMetadata(new RequestSizeLimitAttribute(ImportMaxBytes))
            .WithRequestTimeout(ImportTimeout)
            .RequireScope(EnergyModule.WriteScope);
        readings.MapGet("/imports/{id:guid}", GetImport).WithName("Energy_GetImport")
            .WithSummary("An import's summary")
            .WithDescription("Status, counts and the link to the error report. Another organ's import answers 404.")
            .Produces<ImportResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);
        readings.MapGet("/imports/{id:guid}/errors", ListImportErrors).WithName("Energy_ListImportErrors")
            .WithSummary("An import's error report: every rejected row, in row order, with paging")
            .WithDescription("Row numbers count data rows from 1 (CSV line 2, or the first JSON array element); field is null for a row that could not be read at all.")
            .Produces<PagedResult<ImportErrorResponse>>().Problems(400, 404)
            .RequireScope(EnergyModule.ReadScope);

        app.MapGet(Root + "/indicators", GetIndicators).WithTags(EnergyModule.IndicatorsTag).WithName("Energy_GetIndicators")
            .WithSummary("Indicators of an institution or of an organ and everything below it, for a period")
            .WithDescription(
                "Exactly one of institutionId and organId. period=Month (year, month), Quarter (year, quarter), Year (year) or Custom (from, to: business dates, inclusive, at most 10 years). " +
                "Total standard coal (kgce) and by kind and subsystem, kgce/m², kgce/person, water m³/person, CO₂ in t and kg/m². Each day's consumption is converted with the coefficients in force that day for the institution's division. " +
                "Read from maintained roll-ups (by month, and by day only for partial months or months in which a coefficient changes). Per-m² and per-person figures divide by the statistics of the period's last year. " +
                "CO₂ counts the kinds with a factor in force; kindsWithoutCo2Factor lists those without (the seeded factors are unconfirmed: see the rules).")
            .Produces<IndicatorsResponse>().Problems(400, 404, 422).StrictEnums<IndicatorParameters>()
            .RequireScope(EnergyModule.ReadScope);

        app.MapGet(Root + "/overruns", ListOverruns).WithTags(EnergyModule.QuotasTag).WithName("Energy_ListOverruns")
            .WithSummary("Quota overruns (超定额): open until explained")
            .WithDescription("Filters: status (Open, Explained), year, institutionId. Newest first.")
            .Produces<PagedResult<OverrunResponse>>().Problems(400).StrictEnums<OverrunListParameters>()
            .RequireScope(EnergyModule.ReadScope);
        app.MapPost(Root + "/overruns/{id:guid}/explanation", ExplainOverrun).WithTags(EnergyModule.QuotasTag).WithName("Energy_ExplainOverrun")
            .WithSummary("Explain an overrun (超定额说明; If-Match required)")
            .WithDescription("Open → Explained with the explanation (10–2000 characters); an explained overrun cannot be explained again (409).")
            .Produces<OverrunResponse>().UpdateProblems()
            .RequireScope(EnergyModule.WriteScope);

        app.MapGet(Root + "/annual-reports", ListAnnualReports).WithTags(EnergyModule.ReportsTag).WithName("Energy_ListAnnualReports")
            .WithSummary("Every institution's annual report for a year, as JSON or CSV; status=Late gives the late list")
            .WithDescription("Includes institutions that have not started. `format=Csv` (or Accept: text/csv) answers text/csv (UTF-8 with a byte-order mark) with the columns institutionId,directoryCode,name,year,status,dueOn,submittedAt,submittedLate,floorArea,energyUsingPopulation,totalKgce,kgcePerSquareMetre,kgcePerPerson,waterCubicMetres,waterPerPerson,co2Tonnes.")
            .Produces<IReadOnlyList<AnnualReportResponse>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 422).StrictEnums<AnnualReportListParameters>()
            .RequireScope(EnergyModule.ReadScope);

        var anomalies = app.MapGroup(Root + "/anomalies").WithTags(EnergyModule.IndicatorsTag);
        anomalies.MapGet("/year-over-year", ListYearOverYear).WithName("Energy_ListYearOverYearAnomalies")
            .WithSummary("Institutions whose use of a kind in a month differs from the same month last year beyond a threshold")
            .WithDescription("month=yyyy-MM; thresholdPercent defaults to the settings rule's (20% as seeded). A kind with no use in last year's month has no basis and is not listed.")
            .Produces<IReadOnlyList<YearOverYearAnomaly>>().Problems(400, 422)
            .RequireScope(EnergyModule.ReadScope);
        anomalies.MapGet("/silent-meters", ListSilentMeters).WithName("Energy_ListSilentMeters")
            .WithSummary("Active meters with no reading for N days")
            .WithDescription("days defaults to the settings rule's (3 as seeded); optional institutionId; paged, longest silent first.")
            .Produces<PagedResult<SilentMeter>>().Problems(400, 422)
            .RequireScope(EnergyModule.ReadScope);

        var rules = app.MapGroup(Root + "/rules").WithTags(EnergyModule.RulesTag);
        MapCoefficients(rules, "/standard-coal", "StandardCoalCoefficients", CoefficientTable.StandardCoal, "Standard-coal conversion coefficients (折标准煤系数, GB/T 2589)");
        MapCoefficients(rules, "/co2-factors", "Co2Factors", CoefficientTable.Co2, "CO₂ emission factors (排放因子): grid electricity by year and region, fuels");
        MapCoefficients(rules, "/densities", "FuelDensities", CoefficientTable.Density, "Fuel densities (kg/L) for fuel recorded in litres");
        rules.MapGet("/plan-targets", ListPlanTargets).WithName("Energy_ListPlanTargets")
            .WithSummary("Plan-period targets (e.g. the 14th Five-Year Plan, 2021–2025, against 2020)")
            .WithDescription("Every version, optionally of one jurisdiction. The 15th Five-Year Plan's targets are not seeded: years after 2025 have no target in force until the bureau adds them.")
            .Produces<IReadOnlyList<PlanTargetResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);
        rules.MapPost("/plan-targets", CreatePlanTarget).WithName("Energy_CreatePlanTarget")
            .WithSummary("Add a plan period's targets (admin, bureau only)")
            .WithDescription("In force from 1 January of the first year to 31 December of the last. Targets in percent, negative for a reduction. Cite the source.")
            .Produces<PlanTargetResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        rules.MapGet("/settings", ListSettings).WithName("Energy_ListSettings")
            .WithSummary("The module's settings rule: annual report due date, anomaly threshold, silent-meter days")
            .WithDescription("Every version, or with `on` the one in force for `jurisdiction`. Seeded nationally: due 31 March (公共机构节能条例), threshold 20%, 3 silent days.")
            .Produces<IReadOnlyList<EnergySettingsResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);
        rules.MapPost("/settings", CreateSettings).WithName("Energy_CreateSettings")
            .WithSummary("Add a settings version; the version it supersedes ends the day before (admin, bureau only)")
            .WithDescription("A city may set its own due date or thresholds on its division code. Cite the source.")
            .Produces<EnergySettingsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        return app;
    }

    private static void MapCoefficients(RouteGroupBuilder rules, string path, string name, CoefficientTable table, string title)
    {
        rules.MapGet(path, (string? jurisdiction, DateOnly? on, IMediator mediator, CancellationToken ct) => ListCoefficients(table, jurisdiction, on, mediator, ct))
            .WithName($"Energy_List{name}")
            .WithSummary($"{title}: every version, or those in force on a date")
            .WithDescription("With `on`, per energy kind the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence; Unconfirmed values are to be checked against the publication.")
            .Produces<IReadOnlyList<CoefficientResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);
        rules.MapPost(path, (CreateCoefficientRequest body, IMediator mediator, CancellationToken ct) => CreateCoefficient(table, path, body, mediator, ct))
            .WithName($"Energy_Create{name[..^1]}")
            .WithSummary($"Add a version of {title}; the version it supersedes ends the day before")
            .WithDescription("Readings keep being converted with the version in force on their own date, so a version from a date onward changes only what follows it. Admin scope, bureau only.")
            .Produces<CoefficientResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
    }

    private static async Task<Created<InstitutionResponse>> CreateInstitution(CreateInstitutionRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var institution = await mediator.Send(new CreateInstitutionCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(institution.Version);
        return TypedResults.Created($"{Root}/institutions/{institution.Id}", institution);
    }

    private static async Task<Ok<InstitutionResponse>> GetInstitution(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetInstitutionQuery(id), ct), i => i.Version);

    private static async Task<Ok<PagedResult<InstitutionResponse>>> ListInstitutions([AsParameters] InstitutionListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListInstitutionsQuery(p.OrganId, p.Q, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<InstitutionResponse>> UpdateInstitution(Guid id, UpdateInstitutionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateInstitutionCommand(id, ETags.RequireIfMatch(http), body), ct), i => i.Version);

    private static async Task<Ok<YearlyStatisticsResponse>> PutStatistics(Guid id, int year, YearlyStatisticsRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PutStatisticsCommand(id, year, body), ct));

    private static async Task<Ok<IReadOnlyList<YearlyStatisticsResponse>>> ListStatistics(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStatisticsQuery(id), ct));

    private static async Task<Created<MeterResponse>> CreateMeter(Guid id, CreateMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var meter = await mediator.Send(new CreateMeterCommand(id, body), ct);
        http.Response.Headers.ETag = ETags.For(meter.Version);
        return TypedResults.Created($"{Root}/meters/{meter.Id}", meter);
    }

    private static async Task<Ok<MeterResponse>> GetMeter(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetMeterQuery(id), ct), m => m.Version);

    private static async Task<Ok<PagedResult<MeterResponse>>> ListMeters([AsParameters] MeterListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMetersQuery(p.InstitutionId, p.Kind, p.Status, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<MeterResponse>> UpdateMeter(Guid id, UpdateMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateMeterCommand(id, ETags.RequireIfMatch(http), body), ct), m => m.Version);

    private static async Task<Ok<MeterResponse>> ReplaceMeter(Guid id, ReplaceMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReplaceMeterCommand(id, body), ct), m => m.Version);

    private static async Task<Ok<IReadOnlyList<MeterReplacementResponse>>> ListReplacements(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReplacementsQuery(id), ct));

    private static async Task<Ok<RecordReadingResponse>> RecordReading(Guid id, RecordReadingRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RecordReadingCommand(id, body), ct));

    private static async Task<Ok<PagedResult<ReadingResponse>>> ListReadings(
        Guid id, [FromQuery(Name = "from")] DateTimeOffset? from, [FromQuery(Name = "to")] DateTimeOffset? to,
        [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReadingsQuery(id, from, to, PageRequest.From(page, pageSize)), ct));

    private static async Task<Created<ImportResponse>> ImportReadings([AsParameters] ImportParameters p, HttpRequest request, IMediator mediator, CancellationToken ct)
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
        return TypedResults.Created($"{Root}/imports/{import.Id}", import);
    }

    private static async Task<Ok<ImportResponse>> GetImport(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetImportQuery(id), ct));

    private static async Task<Ok<PagedResult<ImportErrorResponse>>> ListImportErrors(
        Guid id, [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListImportErrorsQuery(id, PageRequest.From(page, pageSize)), ct));

    private static async Task<Ok<IndicatorsResponse>> GetIndicators([AsParameters] IndicatorParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetIndicatorsQuery(p.InstitutionId, p.OrganId, new PeriodSpec(p.Period, p.Year, p.Month, p.Quarter, p.From, p.To)), ct));

    private static async Task<Ok<QuotaProgressResponse>> SetQuota(Guid id, int year, SetQuotaRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetQuotaCommand(id, year, body), ct));

    private static async Task<Ok<QuotaProgressResponse>> GetQuotaProgress(Guid id, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetQuotaProgressQuery(id, year), ct));

    private static async Task<Ok<TargetProgressResponse>> GetTargetProgress(Guid id, [FromQuery(Name = "year")] int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTargetProgressQuery(id, year), ct));

    private static async Task<Ok<PagedResult<OverrunResponse>>> ListOverruns([AsParameters] OverrunListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverrunsQuery(p.Status, p.Year, p.InstitutionId, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<Ok<OverrunResponse>> ExplainOverrun(Guid id, ExplainOverrunRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ExplainOverrunCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);

    private static async Task<Ok<AnnualReportResponse>> DraftAnnualReport(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DraftAnnualReportCommand(id, year), ct), r => r.Version ?? 0);

    private static async Task<Ok<AnnualReportResponse>> SubmitAnnualReport(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SubmitAnnualReportCommand(id, year, ETags.RequireIfMatch(http)), ct), r => r.Version ?? 0);

    private static async Task<Ok<AnnualReportResponse>> GetAnnualReport(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAnnualReportQuery(id, year), ct), r => r.Version ?? 0);

    private static async Task<IResult> ListAnnualReports([AsParameters] AnnualReportListParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var reports = await mediator.Send(new ListAnnualReportsQuery(p.Year ?? 0, p.Status), ct);
        return Csv.Wanted(p.Format, http) ? Csv.Response(AnnualReportCsv.Write(reports)) : TypedResults.Ok(reports);
    }

    private static async Task<Ok<IReadOnlyList<YearOverYearAnomaly>>> ListYearOverYear(
        [FromQuery(Name = "month")] string? month, [FromQuery(Name = "thresholdPercent")] decimal? thresholdPercent, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListYearOverYearAnomaliesQuery(month ?? "", thresholdPercent), ct));

    private static async Task<Ok<PagedResult<SilentMeter>>> ListSilentMeters(
        [FromQuery(Name = "days")] int? days, [FromQuery(Name = "institutionId")] Guid? institutionId,
        [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSilentMetersQuery(days, institutionId, PageRequest.From(page, pageSize)), ct));

    private static async Task<Ok<IReadOnlyList<CoefficientResponse>>> ListCoefficients(CoefficientTable table, string? jurisdiction, DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCoefficientsQuery(table, jurisdiction, on), ct));

    private static async Task<Created<CoefficientResponse>> CreateCoefficient(CoefficientTable table, string path, CreateCoefficientRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateCoefficientCommand(table, body), ct);
        return TypedResults.Created($"{Root}/rules{path}?jurisdiction={rule.Jurisdiction}", rule);
    }

    private static async Task<Ok<IReadOnlyList<PlanTargetResponse>>> ListPlanTargets([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPlanTargetsQuery(jurisdiction), ct));

    private static async Task<Created<PlanTargetResponse>> CreatePlanTarget(CreatePlanTargetRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePlanTargetCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/plan-targets?jurisdiction={rule.Jurisdiction}", rule);
    }

    private static async Task<Ok<IReadOnlyList<EnergySettingsResponse>>> ListSettings(
        [FromQuery(Name = "jurisdiction")] string? jurisdiction, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSettingsQuery(jurisdiction, on), ct));

    private static async Task<Created<EnergySettingsResponse>> CreateSettings(CreateEnergySettingsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateSettingsCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/settings?jurisdiction={rule.Jurisdiction}", rule);
    }
}

/// <summary>One row of an import (documentation of the JSON body; CSV has the same three columns).</summary>
/// <param name="MeterId">The meter's id.</param>
/// <param name="ReadAt">ISO 8601 instant with an offset.</param>
/// <param name="Value">Register value (cumulative) or interval consumption, ≥ 0, at most 3 decimals, in the meter's unit.</param>
internal sealed record ReadingImportRow(Guid MeterId, DateTimeOffset ReadAt, decimal Value);

internal sealed record ImportParameters(
    [property: FromQuery(Name = "mode")] ImportMode? Mode,
    [property: FromQuery(Name = "onDuplicate")] DuplicatePolicy? OnDuplicate);

internal sealed record InstitutionListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

internal sealed record MeterListParameters(
    [property: FromQuery(Name = "institutionId")] Guid? InstitutionId,
    [property: FromQuery(Name = "kind")] EnergyKind? Kind,
    [property: FromQuery(Name = "status")] MeterStatus? Status,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

internal sealed record IndicatorParameters(
    [property: FromQuery(Name = "institutionId")] Guid? InstitutionId,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "period")] PeriodKind? Period,
    [property: FromQuery(Name = "year")] int? Year,
    [property: FromQuery(Name = "month")] int? Month,
    [property: FromQuery(Name = "quarter")] int? Quarter,
    [property: FromQuery(Name = "from")] DateOnly? From,
    [property: FromQuery(Name = "to")] DateOnly? To);

internal sealed record OverrunListParameters(
    [property: FromQuery(Name = "status")] OverrunStatus? Status,
    [property: FromQuery(Name = "year")] int? Year,
    [property: FromQuery(Name = "institutionId")] Guid? InstitutionId,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

internal sealed record AnnualReportListParameters(
    [property: FromQuery(Name = "year")] int? Year,
    [property: FromQuery(Name = "status")] AnnualReportStatus? Status,
    [property: FromQuery(Name = "format")] ReportFormat? Format);
