using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Features;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets;

/// <summary>Every route of the Assets module, on one screen.</summary>
internal static class AssetsEndpoints
{
    private const string Root = "/api/v1/assets";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup(Root).WithTags(AssetsModule.AssetsTag);
        assets.MapPost("/", RegisterAsset).WithName("Assets_RegisterAsset")
            .WithSummary("Register an item of office equipment (登记办公设备)")
            .WithDescription("The bureau's work (403 auth.bureau-only otherwise). The asset tag (资产编号) is unique (409 assets.tag-taken); the asset starts InStock, held by nobody, optionally in a room of the Buildings module. Money in CNY with 2 decimals. Accepts Idempotency-Key.")
            .Produces<AssetResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapGet("/{id:guid}", GetAsset).WithName("Assets_GetAsset")
            .WithSummary("Get an asset (资产), with its ETag")
            .WithDescription("An ordinary organ sees the assets it holds and those it has reserved; any other answers 404 like a missing one.")
            .Produces<AssetResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);
        assets.MapGet("/", ListAssets).WithName("Assets_ListAssets")
            .WithSummary("List assets (资产台账) with filters and paging")
            .WithDescription("Filters: category, status, holderOrganId, roomId, missing (flagged by a stock-take, 盘亏), q (tag, model, manufacturer or serial contains). Sort fields: tag, purchasedOn, warrantyEndsOn, createdAt; prefix - for descending. An ordinary organ sees what it holds and what it reserved.")
            .Produces<PagedResult<AssetResponse>>().Problems(400).StrictEnums<AssetListParameters>()
            .RequireScope(AssetsModule.ReadScope);
        assets.MapPut("/{id:guid}", UpdateAsset).WithName("Assets_UpdateAsset")
            .WithSummary("Update an asset's category, model, manufacturer, serial and warranty (If-Match required)")
            .WithDescription("Status, holder and room change only through the actions (领用, 归还, 移动, 维修, 处置), which keep the history. A disposed asset cannot change (409).")
            .Produces<AssetResponse>().UpdateProblems()
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/checkout", CheckoutAsset).WithName("Assets_CheckoutAsset")
            .WithSummary("Check an asset out (领用) to an organ or a staff member")
            .WithDescription("Only an InStock asset goes out: in repair is 409 assets.asset-in-repair, assigned 409 assets.asset-state (check it in first), disposed 409 assets.asset-disposed. Refused (409 assets.asset-reserved) while a reservation of another organ covers the present moment. A staff member's organ becomes the holder organ; given both, the staff member must work there.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/checkin", CheckinAsset).WithName("Assets_CheckinAsset")
            .WithSummary("Check an asset in (归还): back to the bureau's stock")
            .WithDescription("Assigned → InStock, held by nobody; optionally into a room. Any other status is 409.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/move", MoveAsset).WithName("Assets_MoveAsset")
            .WithSummary("Move an asset to another room (移动位置)")
            .WithDescription("The room must be an active room of the Buildings module (400 otherwise). Holder and status stay.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/repair", StartRepair).WithName("Assets_StartRepair")
            .WithSummary("Send an asset to repair (送修)")
            .WithDescription("InStock or Assigned → InRepair; the holder stays. An asset in repair cannot be checked out.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/repair-return", EndRepair).WithName("Assets_EndRepair")
            .WithSummary("Take an asset back from repair (修复返回)")
            .WithDescription("InRepair → Assigned to its holder, or InStock when it had none.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/dispose", DisposeAsset).WithName("Assets_DisposeAsset")
            .WithSummary("Dispose of an asset (处置): it stays on record")
            .WithDescription("The bureau's work (403 otherwise). Never a deletion: the asset stays Disposed with method, date and approval reference. It must be in stock or in repair (409 for an assigned one), have no reservation to come (409 assets.has-reservations), and have reached its service life (使用年限) by the rule in force on disposedOn for its holder's division (422 assets.service-life-not-reached, naming the rule and its source) — unless a technical appraisal reference (技术鉴定) says it is damaged.")
            .Produces<AssetResponse>().Problems(400, 403, 404, 409, 413, 415, 422)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapPost("/{id:guid}/resolve-missing", ResolveMissing).WithName("Assets_ResolveMissing")
            .WithSummary("Clear the missing flag (盘亏) a stock-take set")
            .WithDescription("With a note saying what happened (found, written off) and optionally the room it was found in. An asset not flagged is 409 assets.not-missing. A later stock-take scan that sees the asset clears the flag too.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        assets.MapGet("/{id:guid}/history", ListHistory).WithName("Assets_ListAssetHistory")
            .WithSummary("An asset's history (履历): registration, checkouts, check-ins, moves, repairs, stock-take flags, disposal")
            .WithDescription("Oldest first. An ordinary organ reads only the entries of its own holding.")
            .Produces<PagedResult<AssetEventResponse>>().Problems(400, 404)
            .RequireScope(AssetsModule.ReadScope);
        assets.MapGet("/warranty", ListWarranty).WithName("Assets_ListWarranty")
            .WithSummary("Assets whose warranty (保修) ends soon, or has ended")
            .WithDescription("Warranties ending from today through today + withinDays (default 30, business time zone); with expired=true those that ended before today. Disposed assets are left out. Filter: holderOrganId.")
            .Produces<PagedResult<AssetResponse>>().Problems(400)
            .RequireScope(AssetsModule.ReadScope);
        assets.MapGet("/end-of-life", ListEndOfLife).WithName("Assets_ListEndOfLife")
            .WithSummary("Assets at the end of their service life (使用年限届满)")
            .WithDescription("Assets not disposed whose service life, by the rule in force on `on` (default today) for the holder's division (the bureau's for stock), ends on or before `on` + withinDays (default 0). Categories without a rule are never listed. Filters: holderOrganId, category. Ordered by end of life.")
            .Produces<PagedResult<EndOfLifeResponse>>().Problems(400).StrictEnums<EndOfLifeParameters>()
            .RequireScope(AssetsModule.ReadScope);
        assets.MapGet("/reports/holdings", HoldingsReport).WithName("Assets_GetHoldingsReport")
            .WithSummary("Per-organ holdings (资产占有情况), as JSON or CSV")
            .WithDescription("Per organ and category: assets held now (not disposed), their purchase value in CNY and how many are flagged missing. Optional organId. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a BOM: organId,organName,category,count,totalValue,missing. An ordinary organ sees only its own holdings.")
            .Produces<HoldingsReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<HoldingsParameters>()
            .RequireScope(AssetsModule.ReadScope);

        var reservations = app.MapGroup(Root + "/reservations").WithTags(AssetsModule.ReservationsTag);
        reservations.MapPost("/", CreateReservation).WithName("Assets_CreateReservation")
            .WithSummary("Reserve an asset (预约) for a future range")
            .WithDescription("The range is half-open [startsAt, endsAt) in UTC, starts in the future and lasts at most 90 days. Under a row lock on the asset, an overlap with another Reserved reservation is 409 assets.reservation-conflict with a `conflicts` member: each conflicting range, and its reservation id only when the caller may see that reservation. Touching ranges do not overlap. An ordinary organ reserves for itself, assets it can see. Accepts Idempotency-Key.")
            .Produces<ReservationResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(AssetsModule.WriteScope);
        reservations.MapGet("/{id:guid}", GetReservation).WithName("Assets_GetReservation")
            .WithSummary("Get a reservation, with its ETag")
            .WithDescription("Another organ's reservation answers 404 like a missing one.")
            .Produces<ReservationResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);
        reservations.MapGet("/", ListReservations).WithName("Assets_ListReservations")
            .WithSummary("List reservations with filters and paging")
            .WithDescription("Filters: assetId, organId, status, from and to (UTC instants; reservations overlapping [from, to)). Sort fields: startsAt, createdAt. An ordinary organ sees its own reservations.")
            .Produces<PagedResult<ReservationResponse>>().Problems(400).StrictEnums<ReservationListParameters>()
            .RequireScope(AssetsModule.ReadScope);
        reservations.MapPost("/{id:guid}/cancel", CancelReservation).WithName("Assets_CancelReservation")
            .WithSummary("Cancel a reservation, with a reason")
            .WithDescription("Reserved → Cancelled; the range is free at once. A started or cancelled reservation is 409 assets.reservation-state.")
            .Produces<ReservationResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        reservations.MapPost("/{id:guid}/start", StartReservation).WithName("Assets_StartReservation")
            .WithSummary("Turn a reservation whose range has begun into a checkout (预约转领用)")
            .WithDescription("Every Host instance also does this by itself for due reservations (`Assets:ReservationSweepInterval`, default 30 s). Reserved → Started and the asset Assigned to the reservation's organ (and staff member). Before startsAt or from endsAt on: 409 assets.reservation-not-due; the asset held by another organ, in repair or disposed: 409 assets.asset-unavailable; already started or cancelled (e.g. by another instance): 409 assets.reservation-state.")
            .Produces<ReservationResponse>().Problems(404, 409)
            .RequireScope(AssetsModule.WriteScope);

        var stocktakes = app.MapGroup(Root + "/stocktakes").WithTags(AssetsModule.StocktakesTag);
        stocktakes.MapPost("/", CreateStocktake).WithName("Assets_CreateStocktake")
            .WithSummary("Open a stock-take (盘点) of an organ's or a building's assets")
            .WithDescription("Scope Organ (organId): the assets the organ holds; scope Building (buildingId, the bureau's work): the assets in the building's rooms. The expected list is fixed when the campaign opens. Accepts Idempotency-Key.")
            .Produces<StocktakeResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(AssetsModule.WriteScope);
        stocktakes.MapGet("/{id:guid}", GetStocktake).WithName("Assets_GetStocktake")
            .WithSummary("Get a stock-take with its counts")
            .WithDescription("Expected, found (在位), found elsewhere (异位), missing (盘亏) and pending lines. An organ's campaign is visible to that organ, a building's only to the bureau.")
            .Produces<StocktakeResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);
        stocktakes.MapGet("/", ListStocktakes).WithName("Assets_ListStocktakes")
            .WithSummary("List stock-takes")
            .WithDescription("Filters: status, organId. Sort fields: createdAt, name; default -createdAt.")
            .Produces<PagedResult<StocktakeResponse>>().Problems(400).StrictEnums<StocktakeListParameters>()
            .RequireScope(AssetsModule.ReadScope);
        stocktakes.MapPost("/{id:guid}/scans", RecordScan).WithName("Assets_RecordScan")
            .WithSummary("Record a scan or entry (扫码/录入) of one asset")
            .WithDescription("By asset tag. An expected asset in its expected room (or with no room recorded) is Found; in another room, or not expected in this campaign, FoundElsewhere; `missing: true` records it as Missing. A later scan replaces an earlier one. A closed campaign is 409 assets.stocktake-closed; an unknown tag 400.")
            .Produces<StocktakeItemResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);
        stocktakes.MapPost("/{id:guid}/close", CloseStocktake).WithName("Assets_CloseStocktake")
            .WithSummary("Close a stock-take: what was not seen is missing (盘亏)")
            .WithDescription("Every line still Pending becomes Missing, and every missing asset is flagged (`missing`, naming this campaign) until a later scan finds it or it is resolved.")
            .Produces<StocktakeResponse>().Problems(404, 409)
            .RequireScope(AssetsModule.WriteScope);
        stocktakes.MapGet("/{id:guid}/report", StocktakeReport).WithName("Assets_GetStocktakeReport")
            .WithSummary("The stock-take report (盘点报告), as JSON or CSV")
            .WithDescription("Counts and every line. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a BOM: tag,category,model,expected,expectedRoomId,foundRoomId,result,scannedAt,note.")
            .Produces<StocktakeReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<FormatParameters>()
            .RequireScope(AssetsModule.ReadScope);

        var rules = app.MapGroup(Root + "/rules").WithTags(AssetsModule.RulesTag);
        rules.MapGet("/service-life", ListServiceLifeRules).WithName("Assets_ListServiceLifeRules")
            .WithSummary("The service life (使用年限) per category: every version, or those in force on a date")
            .WithDescription("With `on`, per category the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). The seeded national values are unconfirmed (see source).")
            .Produces<IReadOnlyList<ServiceLifeRuleResponse>>().Problems(400)
            .RequireScope(AssetsModule.ReadScope);
        rules.MapPost("/service-life", CreateServiceLifeRule).WithName("Assets_CreateServiceLifeRule")
            .WithSummary("Add a service-life version; the version it supersedes ends the day before")
            .WithDescription("Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<ServiceLifeRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        return app;
    }

    private static async Task<Created<AssetResponse>> RegisterAsset(RegisterAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var asset = await mediator.Send(new RegisterAssetCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(asset.Version);
        return TypedResults.Created($"{Root}/{asset.Id}", asset);
    }

    private static async Task<Ok<AssetResponse>> GetAsset(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAssetQuery(id), ct), a => a.Version);

    private static async Task<Ok<PagedResult<AssetResponse>>> ListAssets([AsParameters] AssetListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssetsQuery(
            new AssetFilter(p.Category, p.Status, p.HolderOrganId, p.RoomId, p.Missing, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<AssetResponse>> UpdateAsset(Guid id, UpdateAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateAssetCommand(id, ETags.RequireIfMatch(http), body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> CheckoutAsset(Guid id, CheckoutAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CheckoutAssetCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> CheckinAsset(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CheckinAssetCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> MoveAsset(Guid id, MoveAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new MoveAssetCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> StartRepair(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RepairAssetCommand(id, true, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> EndRepair(Guid id, AssetActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RepairAssetCommand(id, false, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> DisposeAsset(Guid id, DisposeAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DisposeAssetCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<AssetResponse>> ResolveMissing(Guid id, ResolveMissingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ResolveMissingCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<PagedResult<AssetEventResponse>>> ListHistory(Guid id, [AsParameters] PageParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssetHistoryQuery(id, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<Ok<PagedResult<AssetResponse>>> ListWarranty([AsParameters] WarrantyParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListWarrantyQuery(p.WithinDays ?? 30, p.Expired ?? false, p.HolderOrganId, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<Ok<PagedResult<EndOfLifeResponse>>> ListEndOfLife([AsParameters] EndOfLifeParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListEndOfLifeQuery(p.On, p.WithinDays ?? 0, p.HolderOrganId, p.Category, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<IResult> HoldingsReport([AsParameters] HoldingsParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new HoldingsReportQuery(p.OrganId), ct);
        return Csv.Wanted(p.Format, http) ? Csv.Response(HoldingsReportHandler.ToCsv(report)) : TypedResults.Ok(report);
    }

    private static async Task<Created<ReservationResponse>> CreateReservation(CreateReservationRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var reservation = await mediator.Send(new CreateReservationCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(reservation.Version);
        return TypedResults.Created($"{Root}/reservations/{reservation.Id}", reservation);
    }

    private static async Task<Ok<ReservationResponse>> GetReservation(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetReservationQuery(id), ct), r => r.Version);

    private static async Task<Ok<PagedResult<ReservationResponse>>> ListReservations([AsParameters] ReservationListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReservationsQuery(
            new ReservationFilter(p.AssetId, p.OrganId, p.Status, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<ReservationResponse>> CancelReservation(Guid id, CancelReservationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CancelReservationCommand(id, body), ct), r => r.Version);

    private static async Task<Ok<ReservationResponse>> StartReservation(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new StartReservationCommand(id), ct), r => r.Version);

    private static async Task<Created<StocktakeResponse>> CreateStocktake(CreateStocktakeRequest body, IMediator mediator, CancellationToken ct)
    {
        var stocktake = await mediator.Send(new CreateStocktakeCommand(body), ct);
        return TypedResults.Created($"{Root}/stocktakes/{stocktake.Id}", stocktake);
    }

    private static async Task<Ok<StocktakeResponse>> GetStocktake(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok((await mediator.Send(new GetStocktakeReportQuery(id), ct)).Stocktake);

    private static async Task<Ok<PagedResult<StocktakeResponse>>> ListStocktakes([AsParameters] StocktakeListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStocktakesQuery(p.Status, p.OrganId, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<StocktakeItemResponse>> RecordScan(Guid id, RecordScanRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new RecordScanCommand(id, body), ct));

    private static async Task<Ok<StocktakeResponse>> CloseStocktake(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CloseStocktakeCommand(id), ct));

    private static async Task<IResult> StocktakeReport(Guid id, [AsParameters] FormatParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new GetStocktakeReportQuery(id), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(Csv.Write(report.Items,
            [
                ("tag", i => i.Tag), ("category", i => i.Category), ("model", i => i.Model), ("expected", i => i.Expected), ("expectedRoomId", i => i.ExpectedRoomId),
                ("foundRoomId", i => i.FoundRoomId), ("result", i => i.Result), ("scannedAt", i => i.ScannedAt?.UtcDateTime.ToString("O")), ("note", i => i.Note),
            ]))
            : TypedResults.Ok(report);
    }

    private static async Task<Ok<IReadOnlyList<ServiceLifeRuleResponse>>> ListServiceLifeRules([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListServiceLifeRulesQuery(p.Jurisdiction, p.On), ct));

    private static async Task<Created<ServiceLifeRuleResponse>> CreateServiceLifeRule(CreateServiceLifeRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateServiceLifeRuleCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/service-life?jurisdiction={rule.Jurisdiction}", rule);
    }
}

/// <summary>Query parameters of GET /api/v1/assets.</summary>
internal sealed record AssetListParameters(
    [property: FromQuery(Name = "category")] AssetCategory? Category,
    [property: FromQuery(Name = "status")] AssetStatus? Status,
    [property: FromQuery(Name = "holderOrganId")] Guid? HolderOrganId,
    [property: FromQuery(Name = "roomId")] Guid? RoomId,
    [property: FromQuery(Name = "missing")] bool? Missing,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Paging only.</summary>
internal sealed record PageParameters(
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

/// <summary>Query parameters of GET /api/v1/assets/warranty.</summary>
internal sealed record WarrantyParameters(
    [property: FromQuery(Name = "withinDays")] int? WithinDays,
    [property: FromQuery(Name = "expired")] bool? Expired,
    [property: FromQuery(Name = "holderOrganId")] Guid? HolderOrganId,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

/// <summary>Query parameters of GET /api/v1/assets/end-of-life.</summary>
internal sealed record EndOfLifeParameters(
    [property: FromQuery(Name = "on")] DateOnly? On,
    [property: FromQuery(Name = "withinDays")] int? WithinDays,
    [property: FromQuery(Name = "holderOrganId")] Guid? HolderOrganId,
    [property: FromQuery(Name = "category")] AssetCategory? Category,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

/// <summary>Query parameters of GET /api/v1/assets/reports/holdings.</summary>
internal sealed record HoldingsParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "format")] ReportFormat? Format);

/// <summary>The report format only.</summary>
internal sealed record FormatParameters([property: FromQuery(Name = "format")] ReportFormat? Format);

/// <summary>Query parameters of GET /api/v1/assets/reservations.</summary>
internal sealed record ReservationListParameters(
    [property: FromQuery(Name = "assetId")] Guid? AssetId,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "status")] ReservationStatus? Status,
    [property: FromQuery(Name = "from")] DateTimeOffset? From,
    [property: FromQuery(Name = "to")] DateTimeOffset? To,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/assets/stocktakes.</summary>
internal sealed record StocktakeListParameters(
    [property: FromQuery(Name = "status")] StocktakeStatus? Status,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of the rule-table list.</summary>
internal sealed record RuleListParameters(
    [property: FromQuery(Name = "jurisdiction")] string? Jurisdiction,
    [property: FromQuery(Name = "on")] DateOnly? On);
