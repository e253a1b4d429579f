using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Features;

namespace OrganAffairs.Vehicles;

/// <summary>Every route of the Vehicles module, on one screen.</summary>
internal static class VehiclesEndpoints
{
    private const string Root = "/api/v1/vehicles";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var vehicles = app.MapGroup(Root).WithTags(VehiclesModule.VehiclesTag);
        vehicles.MapPost("/", RegisterVehicle).WithName("Vehicles_RegisterVehicle")
            .WithSummary("Register an official vehicle (登记公务用车)")
            .WithDescription("Checks the plate against the plate rule in force, the VIN's check digit, the organ's quota (车辆编制, 422 vehicles.over-quota) and the purchase standard in force on the purchase date for the organ's division (422 vehicles.over-purchase-standard naming the rule and its limit). A fixed assignment goes only to a leader of the organ and never to an off-road vehicle. Plate and VIN are unique (409). Accepts Idempotency-Key.")
            .Produces<VehicleResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);
        vehicles.MapGet("/{id:guid}", GetVehicle).WithName("Vehicles_GetVehicle")
            .WithSummary("Get a vehicle, with its ETag")
            .WithDescription("Another organ's vehicle answers 404 like a missing one.")
            .Produces<VehicleResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);
        vehicles.MapGet("/", ListVehicles).WithName("Vehicles_ListVehicles")
            .WithSummary("List vehicles (台账) with filters and paging")
            .WithDescription("Filters: organId, category, status, q (plate, brand or model contains). Sort fields: plate, purchasedOn, createdAt; prefix - for descending. An ordinary organ sees only its own vehicles.")
            .Produces<PagedResult<VehicleResponse>>().Problems(400).StrictEnums<VehicleListParameters>()
            .RequireScope(VehiclesModule.ReadScope);
        vehicles.MapPut("/{id:guid}", UpdateVehicle).WithName("Vehicles_UpdateVehicle")
            .WithSummary("Update a vehicle's brand, model, status and fixed assignment (If-Match required)")
            .WithDescription("Status may be set to Available, Maintenance or Sealed; OnTrip comes from trips and Disposed from disposal. A disposed vehicle cannot change (409).")
            .Produces<VehicleResponse>().UpdateProblems(422)
            .RequireScope(VehiclesModule.WriteScope);

        var quotas = app.MapGroup(Root + "/quotas").WithTags(VehiclesModule.QuotasTag);
        quotas.MapGet("/{organId:guid}", GetQuotas).WithName("Vehicles_GetQuotas")
            .WithSummary("An organ's vehicle quota (车辆编制) and its use")
            .WithDescription("Per category: approved and in use (vehicles not disposed). Another organ answers 404.")
            .Produces<QuotaResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);
        quotas.MapPut("/{organId:guid}", SetQuotas).WithName("Vehicles_SetQuotas")
            .WithSummary("Set an organ's whole vehicle quota (the bureau's work)")
            .WithDescription("Replaces every category's approved number; categories not listed get 0. Only the bureau's principals (403 auth.bureau-only otherwise). The change is audited with old and new values. No If-Match: the quota is a decision of the bureau that replaces the previous one as a whole.")
            .Produces<QuotaResponse>().Problems(400, 403, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

        var rules = app.MapGroup(Root + "/rules").WithTags(VehiclesModule.RulesTag);
        rules.MapGet("/purchase-standards", ListPurchaseStandards).WithName("Vehicles_ListPurchaseStandards")
            .WithSummary("The purchase standards (配备标准): every version, or those in force on a date")
            .WithDescription("With `on`, per code the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national).")
            .Produces<IReadOnlyList<PurchaseStandardResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);
        rules.MapPost("/purchase-standards", CreatePurchaseStandard).WithName("Vehicles_CreatePurchaseStandard")
            .WithSummary("Add a purchase-standard version; the version it supersedes ends the day before")
            .WithDescription("Rule edits are new versions, never overwrites: vehicles bought before effectiveFrom keep being judged by the old version. Cite the source document. Admin scope, bureau only.")
            .Produces<PurchaseStandardResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        rules.MapGet("/plates", ListPlateRules).WithName("Vehicles_ListPlateRules")
            .WithSummary("The plate rule (号牌规则): every version, or the one in force on a date")
            .WithDescription("Province abbreviations, letters (I and O excluded), ordinary and new-energy lengths and the new-energy letters (D battery-electric, F other).")
            .Produces<IReadOnlyList<PlateRuleResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);
        rules.MapPost("/plates", CreatePlateRule).WithName("Vehicles_CreatePlateRule")
            .WithSummary("Add a plate-rule version; the version it supersedes ends the day before")
            .WithDescription("Local practice has changed the letter sets before; a new version applies to plates checked from effectiveFrom. Admin scope, bureau only.")
            .Produces<PlateRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        rules.MapGet("/licence-classes", ListLicenceClasses).WithName("Vehicles_ListLicenceClasses")
            .WithSummary("Licence classes (准驾车型) and the body types they cover")
            .WithDescription("Every version, or with `on` those in force for `jurisdiction`.")
            .Produces<IReadOnlyList<LicenceClassResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);
        rules.MapPost("/licence-classes", CreateLicenceClass).WithName("Vehicles_CreateLicenceClass")
            .WithSummary("Add a licence-class version; the version it supersedes ends the day before")
            .WithDescription("Admin scope, bureau only. Cite the source document.")
            .Produces<LicenceClassResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        return app;
    }

    private static async Task<Created<VehicleResponse>> RegisterVehicle(RegisterVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var vehicle = await mediator.Send(new RegisterVehicleCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(vehicle.Version);
        return TypedResults.Created($"{Root}/{vehicle.Id}", vehicle);
    }

    private static async Task<Ok<VehicleResponse>> GetVehicle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        WithETag(http, await mediator.Send(new GetVehicleQuery(id), ct), v => v.Version);

    private static async Task<Ok<PagedResult<VehicleResponse>>> ListVehicles([AsParameters] VehicleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListVehiclesQuery(
            new VehicleFilter(p.OrganId, p.Category, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<VehicleResponse>> UpdateVehicle(Guid id, UpdateVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        WithETag(http, await mediator.Send(new UpdateVehicleCommand(id, ETags.RequireIfMatch(http), body), ct), v => v.Version);

    private static async Task<Ok<QuotaResponse>> GetQuotas(Guid organId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetQuotasQuery(organId), ct));

    private static async Task<Ok<QuotaResponse>> SetQuotas(Guid organId, SetQuotasRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetQuotasCommand(organId, body), ct));

    private static async Task<Ok<IReadOnlyList<PurchaseStandardResponse>>> ListPurchaseStandards([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPurchaseStandardsQuery(p.Jurisdiction, p.On), ct));

    private static async Task<Created<PurchaseStandardResponse>> CreatePurchaseStandard(CreatePurchaseStandardRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePurchaseStandardCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/purchase-standards?jurisdiction={rule.Jurisdiction}", rule);
    }

    private static async Task<Ok<IReadOnlyList<PlateRuleResponse>>> ListPlateRules([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPlateRulesQuery(p.Jurisdiction, p.On), ct));

    private static async Task<Created<PlateRuleResponse>> CreatePlateRule(CreatePlateRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreatePlateRuleCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/plates?jurisdiction={rule.Jurisdiction}", rule);
    }

    private static async Task<Ok<IReadOnlyList<LicenceClassResponse>>> ListLicenceClasses([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListLicenceClassesQuery(p.Jurisdiction, p.On), ct));

    private static async Task<Created<LicenceClassResponse>> CreateLicenceClass(CreateLicenceClassRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateLicenceClassCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/licence-classes?jurisdiction={rule.Jurisdiction}", rule);
    }

    private static Ok<T> WithETag<T>(HttpContext http, T value, Func<T, long> version)
    {
        http.Response.Headers.ETag = ETags.For(version(value));
        return TypedResults.Ok(value);
    }
}

/// <summary>Query parameters of GET /api/v1/vehicles.</summary>
internal sealed record VehicleListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "category")] VehicleCategory? Category,
    [property: FromQuery(Name = "status")] VehicleStatus? Status,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of the rule-table lists.</summary>
internal sealed record RuleListParameters(
    [property: FromQuery(Name = "jurisdiction")] string? Jurisdiction,
    [property: FromQuery(Name = "on")] DateOnly? On);
