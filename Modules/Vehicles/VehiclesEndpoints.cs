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

        vehicles.MapPost("/{id:guid}/costs", RecordCost).WithName("Vehicles_RecordCost")
            .WithSummary("Record a cost of a vehicle (单车核算)")
            .WithDescription("Fuel, charge, repair, insurance, tolls, parking or other, in CNY; counted in the month of occurredOn. For Fuel the quantity is litres, for Charge kWh. Publishes VehicleCostRecorded (and FuelOrChargeRecorded with a quantity) after commit. Accepts Idempotency-Key.")
            .Produces<CostResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(VehiclesModule.WriteScope);
        vehicles.MapGet("/{id:guid}/costs", ListCosts).WithName("Vehicles_ListCosts")
            .WithSummary("List a vehicle's costs")
            .WithDescription("Filters: kind, month (yyyy-MM). Sort fields: occurredOn, createdAt; default -occurredOn.")
            .Produces<PagedResult<CostResponse>>().Problems(400, 404).StrictEnums<CostListParameters>()
            .RequireScope(VehiclesModule.ReadScope);
        vehicles.MapPost("/{id:guid}/odometer-corrections", CorrectOdometer).WithName("Vehicles_CorrectOdometer")
            .WithSummary("Correct a vehicle's odometer (里程更正), with a reason")
            .WithDescription("The only way a reading goes down. The reason and the old and new readings are kept in the audit trail. Not while the vehicle is on a trip (409).")
            .Produces<VehicleResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);
        app.MapGet(Root + "/reports/costs", CostReport).WithTags(VehiclesModule.VehiclesTag).WithName("Vehicles_GetCostReport")
            .WithSummary("Cost report: per vehicle per month, and per organ (单车核算报表), as JSON or CSV")
            .WithDescription("Months from and to (yyyy-MM, inclusive), optional organId. Per vehicle and month: costs by kind, total, and distance driven on trips completed (counted in the month they started); then totals per organ. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: row,organId,vehicleId,plate,month,fuel,charge,repair,insurance,tolls,parking,other,total,distanceKm (row = vehicle | organ). An ordinary organ sees only its own vehicles.")
            .Produces<CostReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<CostReportParameters>()
            .RequireScope(VehiclesModule.ReadScope);

        vehicles.MapGet("/{id:guid}/renewal-eligibility", GetRenewalEligibility).WithName("Vehicles_GetRenewalEligibility")
            .WithSummary("Whether a vehicle may be renewed (更新条件) on a date")
            .WithDescription("By the renewal rule in force for the owning organ's division: age since purchase or odometer, whichever comes first. Default date: today (business time zone).")
            .Produces<RenewalEligibilityResponse>().Problems(400, 404, 422)
            .RequireScope(VehiclesModule.ReadScope);
        vehicles.MapPost("/{id:guid}/dispose", DisposeVehicle).WithName("Vehicles_DisposeVehicle")
            .WithSummary("Dispose of a vehicle (处置: auction, transfer, scrap), freeing its quota place")
            .WithDescription("Only a vehicle eligible for renewal on disposedOn (422 vehicles.not-eligible-for-renewal otherwise, whatever happened to its user), or a written-off vehicle scrapped with its appraisal reference (audited). Not while a trip is dispatched or running (409). The vehicle stays in the ledger as Disposed.")
            .Produces<VehicleResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(VehiclesModule.WriteScope);
        vehicles.MapPost("/{id:guid}/reminders", CreateReminder).WithName("Vehicles_CreateReminder")
            .WithSummary("Add a maintenance, insurance or annual-inspection reminder")
            .WithDescription("Due on a date, at a mileage, or both (whichever comes first). Accepts Idempotency-Key.")
            .Produces<ReminderResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(VehiclesModule.WriteScope);
        vehicles.MapGet("/reminders", ListReminders).WithName("Vehicles_ListReminders")
            .WithSummary("Open reminders: overdue and upcoming")
            .WithDescription("state: Overdue (due date passed — due today is not yet overdue — or mileage reached), Upcoming (due within withinDays, default 30, or withinKm, default 1000), Later. Filters organId, vehicleId. Ordered overdue first, then by due date.")
            .Produces<PagedResult<ReminderResponse>>().Problems(400).StrictEnums<ReminderListParameters>()
            .RequireScope(VehiclesModule.ReadScope);
        vehicles.MapPost("/reminders/{id:guid}/done", CompleteReminder).WithName("Vehicles_CompleteReminder")
            .WithSummary("Mark a reminder done")
            .WithDescription("A done reminder cannot be done again (409).")
            .Produces<ReminderResponse>().Problems(400, 404, 409, 413, 415)
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

        rules.MapGet("/renewal", ListRenewalRules).WithName("Vehicles_ListRenewalRules")
            .WithSummary("The renewal rule (更新条件): every version, or the one in force on a date")
            .WithDescription("Age in years or mileage in km from which a vehicle may be renewed. The seeded national values are unconfirmed (see source).")
            .Produces<IReadOnlyList<RenewalRuleResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);
        rules.MapPost("/renewal", CreateRenewalRule).WithName("Vehicles_CreateRenewalRule")
            .WithSummary("Add a renewal-rule version; the version it supersedes ends the day before")
            .WithDescription("Admin scope, bureau only. Cite the source document.")
            .Produces<RenewalRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

        var drivers = app.MapGroup(Root + "/drivers").WithTags(VehiclesModule.DriversTag);
        drivers.MapPost("/", CreateDriver).WithName("Vehicles_CreateDriver")
            .WithSummary("Register a driver (驾驶员)")
            .WithDescription("The licence class must be in the licence-class rule in force for the organ's division. Accepts Idempotency-Key.")
            .Produces<DriverResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);
        drivers.MapGet("/{id:guid}", GetDriver).WithName("Vehicles_GetDriver")
            .WithSummary("Get a driver, with its ETag")
            .WithDescription("Another organ's driver answers 404 like a missing one.")
            .Produces<DriverResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);
        drivers.MapGet("/", ListDrivers).WithName("Vehicles_ListDrivers")
            .WithSummary("List drivers with filters and paging")
            .WithDescription("Filters: organId, status, q (name contains). Sort fields: name, licenceExpiresOn, createdAt.")
            .Produces<PagedResult<DriverResponse>>().Problems(400).StrictEnums<DriverListParameters>()
            .RequireScope(VehiclesModule.ReadScope);
        drivers.MapPut("/{id:guid}", UpdateDriver).WithName("Vehicles_UpdateDriver")
            .WithSummary("Update a driver's name, licence and status (If-Match required)")
            .WithDescription("E.g. after a licence renewal. A retired driver is never dispatched.")
            .Produces<DriverResponse>().UpdateProblems()
            .RequireScope(VehiclesModule.WriteScope);

        var trips = app.MapGroup(Root + "/trips").WithTags(VehiclesModule.TripsTag);
        trips.MapPost("/", CreateTrip).WithName("Vehicles_CreateTrip")
            .WithSummary("Request a trip (用车申请)")
            .WithDescription("The time window is two UTC instants; the trip starts as Requested. Accepts Idempotency-Key.")
            .Produces<TripResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapGet("/{id:guid}", GetTrip).WithName("Vehicles_GetTrip")
            .WithSummary("Get a trip, with its ETag")
            .WithDescription("Another organ's trip answers 404 like a missing one.")
            .Produces<TripResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);
        trips.MapGet("/", ListTrips).WithName("Vehicles_ListTrips")
            .WithSummary("List trips with filters and paging")
            .WithDescription("Filters: organId, status, vehicleId, driverId, from and to (UTC instants; trips overlapping [from, to)). Sort fields: startsAt, createdAt; default -startsAt.")
            .Produces<PagedResult<TripResponse>>().Problems(400).StrictEnums<TripListParameters>()
            .RequireScope(VehiclesModule.ReadScope);
        trips.MapPost("/{id:guid}/approve", ApproveTrip).WithName("Vehicles_ApproveTrip")
            .WithSummary("Approve a requested trip (审批)")
            .WithDescription("Requested → Approved; any other status is 409 vehicles.trip-state.")
            .Produces<TripResponse>().Problems(404, 409)
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapPost("/{id:guid}/reject", RejectTrip).WithName("Vehicles_RejectTrip")
            .WithSummary("Reject a requested trip, with a reason")
            .WithDescription("Requested → Rejected; any other status is 409.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapPost("/{id:guid}/dispatch", DispatchTrip).WithName("Vehicles_DispatchTrip")
            .WithSummary("Dispatch an approved trip (派车): assign a vehicle and a driver")
            .WithDescription("Checks, under a row lock on the vehicle and then the driver: vehicle not in maintenance, sealed or disposed (409); seats ≥ passengers + driver (422); licence class covers the body type and the licence is valid through the trip's last day (422); inside a sealed period an emergency approval reference (422); no overlapping trip of the vehicle (409 vehicles.double-booked) or the driver (409 vehicles.driver-double-booked) — touching windows are fine; the problem's detail names the conflicting window, and the conflicting trip's id only when the caller may see it.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapPost("/{id:guid}/start", StartTrip).WithName("Vehicles_StartTrip")
            .WithSummary("Start a dispatched trip (出车) with the odometer reading")
            .WithDescription("Dispatched → InProgress; the vehicle goes OnTrip. The reading may not be below the vehicle's recorded odometer (400).")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapPost("/{id:guid}/complete", CompleteTrip).WithName("Vehicles_CompleteTrip")
            .WithSummary("Complete and close a trip (收车、用车登记)")
            .WithDescription("InProgress → Completed with odometer in (≥ out), fuel litres or charge kWh, tolls and parking; the vehicle is Available again. Publishes FuelOrChargeRecorded after commit when fuel or charge is recorded.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);
        trips.MapPost("/{id:guid}/cancel", CancelTrip).WithName("Vehicles_CancelTrip")
            .WithSummary("Cancel a trip before it starts, with a reason")
            .WithDescription("Requested, Approved or Dispatched → Cancelled (a dispatched trip frees its vehicle and driver); a started, completed, rejected or cancelled trip is 409.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

        var sealedPeriods = app.MapGroup(Root + "/sealed-periods").WithTags(VehiclesModule.TripsTag);
        sealedPeriods.MapGet("/", ListSealedPeriods).WithName("Vehicles_ListSealedPeriods")
            .WithSummary("The calendar of sealed periods (节假日封存)")
            .WithDescription("Optionally only periods sharing a day with [from, to] (business dates).")
            .Produces<IReadOnlyList<SealedPeriodResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);
        sealedPeriods.MapPost("/", CreateSealedPeriod).WithName("Vehicles_CreateSealedPeriod")
            .WithSummary("Add a sealed period to the calendar (the bureau's work)")
            .WithDescription("Dispatch of a trip with any business day inside the period needs an emergency approval reference. Bureau only (403 otherwise).")
            .Produces<SealedPeriodResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(VehiclesModule.WriteScope);
        return app;
    }

    private static async Task<Created<VehicleResponse>> RegisterVehicle(RegisterVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var vehicle = await mediator.Send(new RegisterVehicleCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(vehicle.Version);
        return TypedResults.Created($"{Root}/{vehicle.Id}", vehicle);
    }

    private static async Task<Ok<VehicleResponse>> GetVehicle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetVehicleQuery(id), ct), v => v.Version);

    private static async Task<Ok<PagedResult<VehicleResponse>>> ListVehicles([AsParameters] VehicleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListVehiclesQuery(
            new VehicleFilter(p.OrganId, p.Category, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<VehicleResponse>> UpdateVehicle(Guid id, UpdateVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateVehicleCommand(id, ETags.RequireIfMatch(http), body), ct), v => v.Version);

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

    private static async Task<Created<DriverResponse>> CreateDriver(CreateDriverRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var driver = await mediator.Send(new CreateDriverCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(driver.Version);
        return TypedResults.Created($"{Root}/drivers/{driver.Id}", driver);
    }

    private static async Task<Ok<DriverResponse>> GetDriver(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetDriverQuery(id), ct), d => d.Version);

    private static async Task<Ok<PagedResult<DriverResponse>>> ListDrivers([AsParameters] DriverListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDriversQuery(new DriverFilter(p.OrganId, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<DriverResponse>> UpdateDriver(Guid id, UpdateDriverRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateDriverCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);

    private static async Task<Created<TripResponse>> CreateTrip(CreateTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var trip = await mediator.Send(new CreateTripCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(trip.Version);
        return TypedResults.Created($"{Root}/trips/{trip.Id}", trip);
    }

    private static async Task<Ok<TripResponse>> GetTrip(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetTripQuery(id), ct), t => t.Version);

    private static async Task<Ok<PagedResult<TripResponse>>> ListTrips([AsParameters] TripListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListTripsQuery(
            new TripFilter(p.OrganId, p.Status, p.VehicleId, p.DriverId, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<TripResponse>> ApproveTrip(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Approve, null), ct), t => t.Version);

    private static async Task<Ok<TripResponse>> RejectTrip(Guid id, TripReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Reject, body.Reason), ct), t => t.Version);

    private static async Task<Ok<TripResponse>> CancelTrip(Guid id, TripReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DecideTripCommand(id, TripDecision.Cancel, body.Reason), ct), t => t.Version);

    private static async Task<Ok<TripResponse>> DispatchTrip(Guid id, DispatchTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DispatchTripCommand(id, body), ct), t => t.Version);

    private static async Task<Ok<TripResponse>> StartTrip(Guid id, StartTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new StartTripCommand(id, body), ct), t => t.Version);

    private static async Task<Ok<TripResponse>> CompleteTrip(Guid id, CompleteTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CompleteTripCommand(id, body), ct), t => t.Version);

    private static async Task<Ok<IReadOnlyList<SealedPeriodResponse>>> ListSealedPeriods([AsParameters] SealedPeriodListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSealedPeriodsQuery(p.From, p.To), ct));

    private static async Task<Created<SealedPeriodResponse>> CreateSealedPeriod(CreateSealedPeriodRequest body, IMediator mediator, CancellationToken ct)
    {
        var period = await mediator.Send(new CreateSealedPeriodCommand(body), ct);
        return TypedResults.Created($"{Root}/sealed-periods?from={period.StartsOn:yyyy-MM-dd}", period);
    }

    private static async Task<Created<CostResponse>> RecordCost(Guid id, RecordCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var cost = await mediator.Send(new RecordCostCommand(id, body), ct);
        return TypedResults.Created($"{Root}/{id}/costs?month={cost.Month}", cost);
    }

    private static async Task<Ok<PagedResult<CostResponse>>> ListCosts(Guid id, [AsParameters] CostListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCostsQuery(id, p.Kind, p.Month, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<VehicleResponse>> CorrectOdometer(Guid id, CorrectOdometerRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CorrectOdometerCommand(id, body), ct), v => v.Version);

    private static async Task<IResult> CostReport([AsParameters] CostReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new CostReportQuery(p.OrganId, p.From ?? "", p.To ?? ""), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(CostMapping.ToCsv(report))
            : TypedResults.Ok(report);
    }

    private static async Task<Ok<RenewalEligibilityResponse>> GetRenewalEligibility(Guid id, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRenewalEligibilityQuery(id, on), ct));

    private static async Task<Ok<VehicleResponse>> DisposeVehicle(Guid id, DisposeVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DisposeVehicleCommand(id, body), ct), v => v.Version);

    private static async Task<Created<ReminderResponse>> CreateReminder(Guid id, CreateReminderRequest body, IMediator mediator, CancellationToken ct)
    {
        var reminder = await mediator.Send(new CreateReminderCommand(id, body), ct);
        return TypedResults.Created($"{Root}/reminders?vehicleId={id}", reminder);
    }

    private static async Task<Ok<PagedResult<ReminderResponse>>> ListReminders([AsParameters] ReminderListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRemindersQuery(p.State, p.OrganId, p.VehicleId, p.WithinDays ?? ReminderMapping.DefaultDays,
            p.WithinKm ?? ReminderMapping.DefaultKm, PageRequest.From(p.Page, p.PageSize)), ct));

    private static async Task<Ok<ReminderResponse>> CompleteReminder(Guid id, CompleteReminderRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CompleteReminderCommand(id, body), ct));

    private static async Task<Ok<IReadOnlyList<RenewalRuleResponse>>> ListRenewalRules([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRenewalRulesQuery(p.Jurisdiction, p.On), ct));

    private static async Task<Created<RenewalRuleResponse>> CreateRenewalRule(CreateRenewalRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateRenewalRuleCommand(body), ct);
        return TypedResults.Created($"{Root}/rules/renewal?jurisdiction={rule.Jurisdiction}", rule);
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

/// <summary>Query parameters of GET /api/v1/vehicles/drivers.</summary>
internal sealed record DriverListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "status")] DriverStatus? Status,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/vehicles/trips.</summary>
internal sealed record TripListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "status")] TripStatus? Status,
    [property: FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [property: FromQuery(Name = "driverId")] Guid? DriverId,
    [property: FromQuery(Name = "from")] DateTimeOffset? From,
    [property: FromQuery(Name = "to")] DateTimeOffset? To,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/vehicles/sealed-periods.</summary>
internal sealed record SealedPeriodListParameters(
    [property: FromQuery(Name = "from")] DateOnly? From,
    [property: FromQuery(Name = "to")] DateOnly? To);

/// <summary>Query parameters of GET /api/v1/vehicles/{id}/costs.</summary>
internal sealed record CostListParameters(
    [property: FromQuery(Name = "kind")] CostKind? Kind,
    [property: FromQuery(Name = "month")] string? Month,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/vehicles/reports/costs.</summary>
internal sealed record CostReportParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "format")] ReportFormat? Format);

/// <summary>Query parameters of GET /api/v1/vehicles/reminders.</summary>
internal sealed record ReminderListParameters(
    [property: FromQuery(Name = "state")] ReminderState? State,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "vehicleId")] Guid? VehicleId,
    [property: FromQuery(Name = "withinDays")] int? WithinDays,
    [property: FromQuery(Name = "withinKm")] int? WithinKm,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);
