using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Features;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings;

/// <summary>Every route of the Buildings module, on one screen.</summary>
internal static class BuildingsEndpoints
{
    private const string Root = "/api/v1/buildings";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var buildings = app.MapGroup(Root).WithTags(BuildingsModule.SpaceTag);
        buildings.MapPost("/", CreateBuilding).WithName("Buildings_CreateBuilding")
            .WithSummary("Register a building (登记办公楼)")
            .WithDescription("The code is unique (409). Areas are m² with at most 2 decimals. Registering space is the bureau's own work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<BuildingResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);
        buildings.MapGet("/{id:guid}", GetBuilding).WithName("Buildings_GetBuilding")
            .WithSummary("Get a building")
            .WithDescription("Buildings are the bureau's and visible to every reader.")
            .Produces<BuildingResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        buildings.MapGet("/", ListBuildings).WithName("Buildings_ListBuildings")
            .WithSummary("List buildings with filters and paging")
            .WithDescription("Filters: status, ownership, q (name or code contains). Sort fields: code, name, yearBuilt, createdAt; prefix - for descending.")
            .Produces<PagedResult<BuildingResponse>>().Problems(400).StrictEnums<BuildingListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        buildings.MapPost("/{id:guid}/retire", RetireBuilding).WithName("Buildings_RetireBuilding")
            .WithSummary("Retire a building (停用); it is kept with status Retired")
            .WithDescription("Space is never deleted. Refused (409) while the building has active rooms or is already retired; its floors retire with it.")
            .Produces<BuildingResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);
        buildings.MapPost("/{id:guid}/floors", CreateFloor).WithName("Buildings_CreateFloor")
            .WithSummary("Add a floor to a building")
            .WithDescription("The label is unique in the building (409); a retired building takes no floors (409). Accepts Idempotency-Key.")
            .Produces<FloorResponse>(StatusCodes.Status201Created).CreateProblems(403, 404)
            .RequireScope(BuildingsModule.WriteScope);
        buildings.MapGet("/{id:guid}/floors", ListFloors).WithName("Buildings_ListFloors")
            .WithSummary("The floors of a building")
            .WithDescription("Active and retired floors, lowest first.")
            .Produces<IReadOnlyList<FloorResponse>>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

        var rooms = app.MapGroup(Root + "/rooms").WithTags(BuildingsModule.SpaceTag);
        rooms.MapPost("/", CreateRoom).WithName("Buildings_CreateRoom")
            .WithSummary("Register a room on a floor")
            .WithDescription("Type is Office (办公室用房), Service (服务用房), Equipment (设备用房) or Ancillary (附属用房); usable area in m² (> 0, 2 decimals). A bookable room is a meeting room whose capacity bounds attendees. Accepts Idempotency-Key.")
            .Produces<RoomResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);
        rooms.MapGet("/{id:guid}", GetRoom).WithName("Buildings_GetRoom")
            .WithSummary("Get a room")
            .WithDescription("Rooms are visible to every reader; who uses them is organ-scoped.")
            .Produces<RoomResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        rooms.MapGet("/", ListRooms).WithName("Buildings_ListRooms")
            .WithSummary("List rooms with filters and paging")
            .WithDescription("Filters: buildingId, floorId, type, bookable, status. Sort fields: number, usableArea, capacity, createdAt.")
            .Produces<PagedResult<RoomResponse>>().Problems(400).StrictEnums<RoomListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        rooms.MapPut("/{id:guid}", UpdateRoom).WithName("Buildings_UpdateRoom")
            .WithSummary("Update a room's settable fields (If-Match required)")
            .WithDescription("Replaces number, type, usable area, capacity and booking flags. A change of type or of bookable (改变用途) needs approvalReference (422 buildings.change-of-use-needs-approval); the reference is audited. A retired room cannot change (409).")
            .Produces<RoomResponse>().UpdateProblems(403, 422)
            .RequireScope(BuildingsModule.WriteScope);
        rooms.MapPost("/{id:guid}/retire", RetireRoom).WithName("Buildings_RetireRoom")
            .WithSummary("Retire a room (停用); it is kept with status Retired")
            .WithDescription("Refused (409) while a pending or approved booking of the room has not ended, or when already retired.")
            .Produces<RoomResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);
        rooms.MapGet("/availability", GetAvailability).WithName("Buildings_GetAvailability")
            .WithSummary("Meeting rooms free for a window")
            .WithDescription("Active bookable rooms seating at least `attendees` with no pending or approved booking overlapping [from, to); touching windows are free.")
            .Produces<IReadOnlyList<RoomResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);
        rooms.MapGet("/{id:guid}/calendar", GetRoomCalendar).WithName("Buildings_GetRoomCalendar")
            .WithSummary("A room's calendar for a window")
            .WithDescription("Pending and approved bookings overlapping [from, to) (at most 366 days). Another organ's booking shows only its window and status.")
            .Produces<RoomCalendarResponse>().Problems(400, 404)
            .RequireScope(BuildingsModule.ReadScope);

        var bookings = app.MapGroup(Root + "/bookings").WithTags(BuildingsModule.BookingsTag);
        bookings.MapPost("/", CreateBooking).WithName("Buildings_CreateBooking")
            .WithSummary("Book a meeting room (预订会议室)")
            .WithDescription("Attendees may not exceed the room's capacity (422). A window overlapping a pending or approved booking of the room is 409 `buildings.double-booked` with `conflicts` (each window; the booking's id only when the caller may see it); touching windows are fine. A room that requires approval starts Pending. Add-ons are published as MeetingServicesRequested (and MeetingServicesCancelled on cancellation or rejection). Accepts Idempotency-Key.")
            .Produces<BookingResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);
        bookings.MapPost("/series", CreateBookingSeries).WithName("Buildings_CreateBookingSeries")
            .WithSummary("Book a meeting room daily or weekly until a date")
            .WithDescription("Every occurrence is booked or none: 409 `buildings.double-booked` lists each conflicting occurrence in `conflicts`. At most 100 occurrences within a year. Accepts Idempotency-Key.")
            .Produces<BookingSeriesResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);
        bookings.MapGet("/{id:guid}", GetBooking).WithName("Buildings_GetBooking")
            .WithSummary("Get a booking")
            .WithDescription("Another organ's booking answers 404 like a missing one.")
            .Produces<BookingResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        bookings.MapGet("/", ListBookings).WithName("Buildings_ListBookings")
            .WithSummary("List bookings with filters and paging")
            .WithDescription("Filters: roomId, organId, status, from/to (bookings overlapping the window). An ordinary organ sees its own bookings only. Sort fields: startsAt, createdAt, title.")
            .Produces<PagedResult<BookingResponse>>().Problems(400).StrictEnums<BookingListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        bookings.MapPost("/{id:guid}/approve", ApproveBooking).WithName("Buildings_ApproveBooking")
            .WithSummary("Approve a pending booking")
            .WithDescription("The bureau's work (403 for other organs); only a Pending booking (409).")
            .Produces<BookingResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);
        bookings.MapPost("/{id:guid}/reject", RejectBooking).WithName("Buildings_RejectBooking")
            .WithSummary("Reject a pending booking; its slot is freed")
            .WithDescription("The bureau's work (403 for other organs); only a Pending booking (409).")
            .Produces<BookingResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);
        bookings.MapPost("/{id:guid}/cancel", CancelBooking).WithName("Buildings_CancelBooking")
            .WithSummary("Cancel a booking; its slot is freed")
            .WithDescription("By the booking's organ or the bureau. A cancelled or rejected booking cannot be cancelled (409).")
            .Produces<BookingResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

        var allocations = app.MapGroup(Root + "/allocations").WithTags(BuildingsModule.AllocationsTag);
        allocations.MapPost("/", CreateAllocation).WithName("Buildings_CreateAllocation")
            .WithSummary("Allocate a room to an organ (配置)")
            .WithDescription("Route Reallocation (调剂), Exchange (置换), Lease (租用) or Construction (建设); the use agreement number and the certificate number (分配使用凭证) are both required. A room has at most one active allocation (409). The bureau's work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<AllocationResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);
        allocations.MapGet("/{id:guid}", GetAllocation).WithName("Buildings_GetAllocation")
            .WithSummary("Get an allocation")
            .WithDescription("Another organ's allocation answers 404 like a missing one.")
            .Produces<AllocationResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        allocations.MapGet("/", ListAllocations).WithName("Buildings_ListAllocations")
            .WithSummary("List allocations with filters and paging")
            .WithDescription("Filters: organId, roomId, status. An ordinary organ sees its own. Sort fields: effectiveFrom, createdAt (default -effectiveFrom).")
            .Produces<PagedResult<AllocationResponse>>().Problems(400).StrictEnums<AllocationListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        allocations.MapPost("/{id:guid}/release", ReleaseAllocation).WithName("Buildings_ReleaseAllocation")
            .WithSummary("Release an allocation (收回); the record is kept")
            .WithDescription("The organ holds the room until the day before releasedOn. The bureau's work (403 for other organs); an allocation already released is 409.")
            .Produces<AllocationResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

        var areas = app.MapGroup(Root + "/approved-areas").WithTags(BuildingsModule.AllocationsTag);
        areas.MapPost("/", SetApprovedArea).WithName("Buildings_SetApprovedArea")
            .WithSummary("Set an organ's approved office area (核定面积) from a date")
            .WithDescription("A new version, never an overwrite: the version in force on effectiveFrom ends the day before, so findings dated earlier keep the old figure. The bureau's work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<ApprovedAreaResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);
        app.MapGet(Root + "/organs/{organId:guid}/area-summary", GetOrganAreaSummary).WithTags(BuildingsModule.AllocationsTag).WithName("Buildings_GetOrganAreaSummary")
            .WithSummary("An organ's approved office area against its allocated area")
            .WithDescription("On `on` (default today): the approved office area in force, the area of rooms allocated to the organ by room type, and whether allocated office area is over the approved area (organ-level over-standard, 超标). Another organ answers 404.")
            .Produces<OrganAreaSummary>().Problems(400, 404)
            .RequireScope(BuildingsModule.ReadScope);
        app.MapGet(Root + "/findings/over-standard-organs", ListOverStandardOrgans).WithTags(BuildingsModule.AllocationsTag).WithName("Buildings_ListOverStandardOrgans")
            .WithSummary("Organs whose allocated office area exceeds their approved area")
            .WithDescription("On `on` (default today), largest excess first. An ordinary organ sees only itself.")
            .Produces<IReadOnlyList<OrganAreaSummary>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

        var assignments = app.MapGroup(Root + "/assignments").WithTags(BuildingsModule.OfficesTag);
        assignments.MapPost("/", CreateAssignment).WithName("Buildings_CreateAssignment")
            .WithSummary("Assign an office to a staff member")
            .WithDescription("The room must be an active Office room whose active allocation is held by the member's organ (409). One office per person; a second only with a concurrent post in another organ that holds the room, and smaller per person than the standard in force (422); never a third (422). A shared office's area is split equally among its occupants. Accepts Idempotency-Key.")
            .Produces<AssignmentResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);
        assignments.MapGet("/{id:guid}", GetAssignment).WithName("Buildings_GetAssignment")
            .WithSummary("Get an office assignment")
            .WithDescription("Another organ's assignment answers 404 like a missing one.")
            .Produces<AssignmentResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        assignments.MapGet("/", ListAssignments).WithName("Buildings_ListAssignments")
            .WithSummary("List office assignments with filters and paging")
            .WithDescription("Filters: organId, staffMemberId, roomId, status. An ordinary organ sees its own. Sort fields: startedOn, createdAt (default -startedOn).")
            .Produces<PagedResult<AssignmentResponse>>().Problems(400).StrictEnums<AssignmentListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        assignments.MapPost("/{id:guid}/release", ReleaseAssignment).WithName("Buildings_ReleaseAssignment")
            .WithSummary("Vacate an office (腾退); the record is kept")
            .WithDescription("The office is in use until the day before releasedOn; open recovery cases of it close. Already released: 409.")
            .Produces<AssignmentResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

        var standards = app.MapGroup(Root + "/office-standards").WithTags(BuildingsModule.OfficesTag);
        standards.MapGet("/", ListOfficeStandards).WithName("Buildings_ListOfficeStandards")
            .WithSummary("The office-area standard (m² per person): every version, or those in force on a date")
            .WithDescription("Seeded nationally from 2014-12-01 from 党政机关办公用房建设标准（发改投资〔2014〕2674号）. With `on`, per level and rank the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national).")
            .Produces<IReadOnlyList<OfficeStandardResponse>>().Problems(400).StrictEnums<OfficeStandardListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        standards.MapPost("/", CreateOfficeStandard).WithName("Buildings_CreateOfficeStandard")
            .WithSummary("Add a version of the office-area standard; the version it supersedes ends the day before")
            .WithDescription("Rule-table edits are new versions, never overwrites: findings dated before effectiveFrom keep using the old version. Cite the source. Admin scope, bureau only.")
            .Produces<OfficeStandardResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);
        app.MapGet(Root + "/findings/staff-offices", ListStaffOfficeFindings).WithTags(BuildingsModule.OfficesTag).WithName("Buildings_ListStaffOfficeFindings")
            .WithSummary("Per-person over-standard list (超标): entitled against occupied m²")
            .WithDescription("On `on` (default today), each office in use with its occupied share, the entitlement and the standard version used (in force on that date). `overOnly` (default true) keeps only findings. Filter: organId. An ordinary organ sees its own.")
            .Produces<IReadOnlyList<StaffOfficeFinding>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

        var recovery = app.MapGroup(Root + "/recovery-cases").WithTags(BuildingsModule.RecoveryTag);
        recovery.MapGet("/", ListRecoveryCases).WithName("Buildings_ListRecoveryCases")
            .WithSummary("List office recovery cases (收回)")
            .WithDescription("Opened from StaffTransferred and StaffRetired (1 month) and ConcurrentPostEnded (2 months; months are rule data); closed when the office is vacated. Filters: organId, staffMemberId, status, overdue=true (open and past the due date, today's business date). An ordinary organ sees its own. Sort fields: dueOn, createdAt.")
            .Produces<PagedResult<RecoveryCaseResponse>>().Problems(400).StrictEnums<RecoveryListParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        recovery.MapGet("/{id:guid}", GetRecoveryCase).WithName("Buildings_GetRecoveryCase")
            .WithSummary("Get a recovery case")
            .WithDescription("Another organ's case answers 404 like a missing one.")
            .Produces<RecoveryCaseResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);
        var deadlines = app.MapGroup(Root + "/deadline-rules").WithTags(BuildingsModule.RecoveryTag);
        deadlines.MapGet("/", ListDeadlineRules).WithName("Buildings_ListDeadlineRules")
            .WithSummary("The recovery deadline rule table: every version")
            .WithDescription("OfficeRecovery (transferred or retired staff, seeded 1 month) and SecondOfficeRecovery (seeded 2 months), from 党政机关办公用房管理办法 (2017).")
            .Produces<IReadOnlyList<DeadlineRuleResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);
        deadlines.MapPost("/", CreateDeadlineRule).WithName("Buildings_CreateDeadlineRule")
            .WithSummary("Add a version of a recovery deadline rule")
            .WithDescription("A new version, never an overwrite; cases opened for events dated before effectiveFrom keep the old deadline. Admin scope, bureau only.")
            .Produces<DeadlineRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

        var reports = app.MapGroup(Root + "/reports").WithTags(BuildingsModule.ReportsTag);
        reports.MapGet("/organ-areas", OrganAreasReport).WithName("Buildings_GetOrganAreasReport")
            .WithSummary("Per-organ summary: approved office area against allocated area by room type")
            .WithDescription("On `on` (default today), each organ the caller may see. `format=Csv` answers text/csv (UTF-8 with BOM) with the same columns.")
            .Produces<IReadOnlyList<OrganAreaReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        reports.MapGet("/publication", PublicationReport).WithName("Buildings_GetPublicationReport")
            .WithSummary("Annual publication (公示) of room use per organ")
            .WithDescription("Rooms each organ holds at the end of `year` (today while the year runs), with agreement, certificate and office occupants. Filter: organId. `format=Csv` answers text/csv.")
            .Produces<IReadOnlyList<PublicationRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        reports.MapGet("/leader-offices", LeaderOfficesReport).WithName("Buildings_GetLeaderOfficesReport")
            .WithSummary("Annual filing (备案) of leaders' offices")
            .WithDescription("Offices of leaders (ranks flagged leader) at the end of `year`, with occupied and entitled m² under the standard then in force. Filter: organId. `format=Csv` answers text/csv.")
            .Produces<IReadOnlyList<LeaderOfficeRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        reports.MapGet("/vacant-rooms", VacantRoomsReport).WithName("Buildings_GetVacantRoomsReport")
            .WithSummary("Vacant rooms on a date")
            .WithDescription("Active rooms not allocated (bureau principals only see these), and allocated offices with nobody in them (an organ sees its own). `format=Csv` answers text/csv.")
            .Produces<IReadOnlyList<VacantRoomRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<ReportParameters>()
            .RequireScope(BuildingsModule.ReadScope);
        return app;
    }

    private static async Task<IResult> OrganAreasReport([FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "format")] ReportFormat? format, IMediator mediator, CancellationToken ct) =>
        Report(format, await mediator.Send(new OrganAreasReportQuery(on), ct), [
            ("organId", r => r.OrganId), ("organName", r => r.OrganName), ("on", r => r.On), ("approvedOfficeArea", r => r.ApprovedOfficeArea),
            ("officeArea", r => r.OfficeArea), ("serviceArea", r => r.ServiceArea), ("equipmentArea", r => r.EquipmentArea), ("ancillaryArea", r => r.AncillaryArea),
            ("overBy", r => r.OverBy), ("overStandard", r => r.OverStandard)]);

    private static async Task<IResult> PublicationReport([FromQuery(Name = "year")] int year, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "format")] ReportFormat? format,
        IMediator mediator, CancellationToken ct) =>
        Report(format, await mediator.Send(new PublicationReportQuery(year, organId), ct), [
            ("organId", r => r.OrganId), ("organName", r => r.OrganName), ("buildingCode", r => r.BuildingCode), ("buildingName", r => r.BuildingName),
            ("roomNumber", r => r.RoomNumber), ("type", r => r.Type), ("usableArea", r => r.UsableArea), ("agreementNumber", r => r.AgreementNumber),
            ("certificateNumber", r => r.CertificateNumber), ("occupants", r => r.Occupants)]);

    private static async Task<IResult> LeaderOfficesReport([FromQuery(Name = "year")] int year, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "format")] ReportFormat? format,
        IMediator mediator, CancellationToken ct) =>
        Report(format, await mediator.Send(new LeaderOfficesReportQuery(year, organId), ct), [
            ("staffMemberId", r => r.StaffMemberId), ("staffName", r => r.StaffName), ("organId", r => r.OrganId), ("organName", r => r.OrganName),
            ("level", r => r.Level), ("rankCode", r => r.RankCode), ("buildingCode", r => r.BuildingCode), ("roomNumber", r => r.RoomNumber),
            ("isSecondOffice", r => r.IsSecondOffice), ("occupants", r => r.Occupants), ("occupiedArea", r => r.OccupiedArea), ("entitledArea", r => r.EntitledArea),
            ("overStandard", r => r.OverStandard)]);

    private static async Task<IResult> VacantRoomsReport([FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "format")] ReportFormat? format, IMediator mediator, CancellationToken ct) =>
        Report(format, await mediator.Send(new VacantRoomsReportQuery(on), ct), [
            ("roomId", r => r.RoomId), ("buildingCode", r => r.BuildingCode), ("buildingName", r => r.BuildingName), ("roomNumber", r => r.RoomNumber),
            ("type", r => r.Type), ("usableArea", r => r.UsableArea), ("vacancy", r => r.Vacancy), ("organId", r => r.OrganId)]);

    private static IResult Report<T>(ReportFormat? format, IReadOnlyList<T> rows, IReadOnlyList<(string, Func<T, object?>)> columns) =>
        format == ReportFormat.Csv
            ? Csv.Response(Csv.Write(rows, columns))
            : TypedResults.Ok(rows);

    private static async Task<Ok<PagedResult<RecoveryCaseResponse>>> ListRecoveryCases([AsParameters] RecoveryListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRecoveryCasesQuery(p.OrganId, p.StaffMemberId, p.Status, p.Overdue ?? false, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<RecoveryCaseResponse>> GetRecoveryCase(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRecoveryCaseQuery(id), ct));

    private static async Task<Ok<IReadOnlyList<DeadlineRuleResponse>>> ListDeadlineRules(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDeadlineRulesQuery(), ct));

    private static async Task<Created<DeadlineRuleResponse>> CreateDeadlineRule(CreateDeadlineRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDeadlineRuleCommand(body), ct);
        return TypedResults.Created($"{Root}/deadline-rules", rule);
    }

    private static async Task<Created<AssignmentResponse>> CreateAssignment(CreateAssignmentRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var assignment = await mediator.Send(new CreateAssignmentCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(assignment.Version);
        return TypedResults.Created($"{Root}/assignments/{assignment.Id}", assignment);
    }

    private static async Task<Ok<AssignmentResponse>> GetAssignment(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAssignmentQuery(id), ct), a => a.Version);

    private static async Task<Ok<PagedResult<AssignmentResponse>>> ListAssignments([AsParameters] AssignmentListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssignmentsQuery(new AssignmentFilter(p.OrganId, p.StaffMemberId, p.RoomId, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<AssignmentResponse>> ReleaseAssignment(Guid id, ReleaseRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReleaseAssignmentCommand(id, body), ct), a => a.Version);

    private static async Task<Ok<IReadOnlyList<OfficeStandardResponse>>> ListOfficeStandards([AsParameters] OfficeStandardListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOfficeStandardsQuery(p.Level, p.Jurisdiction, p.On), ct));

    private static async Task<Created<OfficeStandardResponse>> CreateOfficeStandard(CreateOfficeStandardRequest body, IMediator mediator, CancellationToken ct)
    {
        var standard = await mediator.Send(new CreateOfficeStandardCommand(body), ct);
        return TypedResults.Created($"{Root}/office-standards?jurisdiction={standard.Jurisdiction}&level={standard.Level}", standard);
    }

    private static async Task<Ok<IReadOnlyList<StaffOfficeFinding>>> ListStaffOfficeFindings(
        [FromQuery(Name = "on")] DateOnly? on, [FromQuery(Name = "organId")] Guid? organId, [FromQuery(Name = "overOnly")] bool? overOnly, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStaffOfficeFindingsQuery(on, organId, overOnly ?? true), ct));

    private static async Task<Ok<RoomResponse>> UpdateRoom(Guid id, UpdateRoomRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateRoomCommand(id, ETags.RequireIfMatch(http), body), ct), r => r.Version);

    private static async Task<Created<AllocationResponse>> CreateAllocation(CreateAllocationRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var allocation = await mediator.Send(new CreateAllocationCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(allocation.Version);
        return TypedResults.Created($"{Root}/allocations/{allocation.Id}", allocation);
    }

    private static async Task<Ok<AllocationResponse>> GetAllocation(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAllocationQuery(id), ct), a => a.Version);

    private static async Task<Ok<PagedResult<AllocationResponse>>> ListAllocations([AsParameters] AllocationListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAllocationsQuery(new AllocationFilter(p.OrganId, p.RoomId, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<AllocationResponse>> ReleaseAllocation(Guid id, ReleaseRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReleaseAllocationCommand(id, body), ct), a => a.Version);

    private static async Task<Created<ApprovedAreaResponse>> SetApprovedArea(SetApprovedAreaRequest body, IMediator mediator, CancellationToken ct)
    {
        var area = await mediator.Send(new SetApprovedAreaCommand(body), ct);
        return TypedResults.Created($"{Root}/organs/{area.OrganId}/area-summary?on={area.EffectiveFrom:yyyy-MM-dd}", area);
    }

    private static async Task<Ok<OrganAreaSummary>> GetOrganAreaSummary(Guid organId, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOrganAreaSummaryQuery(organId, on), ct));

    private static async Task<Ok<IReadOnlyList<OrganAreaSummary>>> ListOverStandardOrgans([FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverStandardOrgansQuery(on), ct));

    private static async Task<Created<BuildingResponse>> CreateBuilding(CreateBuildingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var building = await mediator.Send(new CreateBuildingCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(building.Version);
        return TypedResults.Created($"{Root}/{building.Id}", building);
    }

    private static async Task<Ok<BuildingResponse>> GetBuilding(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetBuildingQuery(id), ct), b => b.Version);

    private static async Task<Ok<PagedResult<BuildingResponse>>> ListBuildings([AsParameters] BuildingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBuildingsQuery(new BuildingFilter(p.Status, p.Ownership, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<BuildingResponse>> RetireBuilding(Guid id, RetireSpaceRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireBuildingCommand(id, body), ct), b => b.Version);

    private static async Task<Created<FloorResponse>> CreateFloor(Guid id, CreateFloorRequest body, IMediator mediator, CancellationToken ct)
    {
        var floor = await mediator.Send(new CreateFloorCommand(id, body), ct);
        return TypedResults.Created($"{Root}/{id}/floors", floor);
    }

    private static async Task<Ok<IReadOnlyList<FloorResponse>>> ListFloors(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFloorsQuery(id), ct));

    private static async Task<Created<RoomResponse>> CreateRoom(CreateRoomRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var room = await mediator.Send(new CreateRoomCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(room.Version);
        return TypedResults.Created($"{Root}/rooms/{room.Id}", room);
    }

    private static async Task<Ok<RoomResponse>> GetRoom(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetRoomByIdQuery(id), ct), r => r.Version);

    private static async Task<Ok<PagedResult<RoomResponse>>> ListRooms([AsParameters] RoomListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRoomsQuery(new RoomFilter(p.BuildingId, p.FloorId, p.Type, p.Bookable, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<RoomResponse>> RetireRoom(Guid id, RetireSpaceRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireRoomCommand(id, body), ct), r => r.Version);

    private static async Task<Ok<IReadOnlyList<RoomResponse>>> GetAvailability([AsParameters] AvailabilityParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetAvailabilityQuery(p.From, p.To, p.Attendees, p.BuildingId), ct));

    private static async Task<Ok<RoomCalendarResponse>> GetRoomCalendar(Guid id, [AsParameters] CalendarParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRoomCalendarQuery(id, p.From, p.To), ct));

    private static async Task<Created<BookingResponse>> CreateBooking(CreateBookingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var booking = await mediator.Send(new CreateBookingCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(booking.Version);
        return TypedResults.Created($"{Root}/bookings/{booking.Id}", booking);
    }

    private static async Task<Created<BookingSeriesResponse>> CreateBookingSeries(CreateBookingSeriesRequest body, IMediator mediator, CancellationToken ct)
    {
        var series = await mediator.Send(new CreateBookingSeriesCommand(body), ct);
        return TypedResults.Created($"{Root}/bookings?seriesId={series.SeriesId}", series);
    }

    private static async Task<Ok<BookingResponse>> GetBooking(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetBookingQuery(id), ct), b => b.Version);

    private static async Task<Ok<PagedResult<BookingResponse>>> ListBookings([AsParameters] BookingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBookingsQuery(new BookingFilter(p.RoomId, p.OrganId, p.Status, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static Task<Ok<BookingResponse>> ApproveBooking(Guid id, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ChangeStatus(id, BookingAction.Approve, body, mediator, http, ct);

    private static Task<Ok<BookingResponse>> RejectBooking(Guid id, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ChangeStatus(id, BookingAction.Reject, body, mediator, http, ct);

    private static Task<Ok<BookingResponse>> CancelBooking(Guid id, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ChangeStatus(id, BookingAction.Cancel, body, mediator, http, ct);

    private static async Task<Ok<BookingResponse>> ChangeStatus(Guid id, BookingAction action, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ChangeBookingStatusCommand(id, action, body), ct), b => b.Version);
}

/// <summary>Query parameters of GET /api/v1/buildings.</summary>
internal sealed record BuildingListParameters(
    [property: FromQuery(Name = "status")] SpaceStatus? Status,
    [property: FromQuery(Name = "ownership")] Ownership? Ownership,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/buildings/rooms.</summary>
internal sealed record RoomListParameters(
    [property: FromQuery(Name = "buildingId")] Guid? BuildingId,
    [property: FromQuery(Name = "floorId")] Guid? FloorId,
    [property: FromQuery(Name = "type")] RoomType? Type,
    [property: FromQuery(Name = "bookable")] bool? Bookable,
    [property: FromQuery(Name = "status")] SpaceStatus? Status,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/buildings/rooms/availability.</summary>
internal sealed record AvailabilityParameters(
    [property: FromQuery(Name = "from")] DateTimeOffset From,
    [property: FromQuery(Name = "to")] DateTimeOffset To,
    [property: FromQuery(Name = "attendees")] int? Attendees,
    [property: FromQuery(Name = "buildingId")] Guid? BuildingId);

/// <summary>Query parameters of GET /api/v1/buildings/rooms/{id}/calendar.</summary>
internal sealed record CalendarParameters(
    [property: FromQuery(Name = "from")] DateTimeOffset From,
    [property: FromQuery(Name = "to")] DateTimeOffset To);

/// <summary>Query parameters of GET /api/v1/buildings/bookings.</summary>
internal sealed record BookingListParameters(
    [property: FromQuery(Name = "roomId")] Guid? RoomId,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "status")] BookingStatus? Status,
    [property: FromQuery(Name = "from")] DateTimeOffset? From,
    [property: FromQuery(Name = "to")] DateTimeOffset? To,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/buildings/allocations.</summary>
internal sealed record AllocationListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "roomId")] Guid? RoomId,
    [property: FromQuery(Name = "status")] HoldingStatus? Status,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/buildings/assignments.</summary>
internal sealed record AssignmentListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "staffMemberId")] Guid? StaffMemberId,
    [property: FromQuery(Name = "roomId")] Guid? RoomId,
    [property: FromQuery(Name = "status")] HoldingStatus? Status,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/buildings/office-standards.</summary>
internal sealed record OfficeStandardListParameters(
    [property: FromQuery(Name = "level")] OrganAffairs.Contracts.Organs.AdministrativeLevel? Level,
    [property: FromQuery(Name = "jurisdiction")] string? Jurisdiction,
    [property: FromQuery(Name = "on")] DateOnly? On);

/// <summary>Query parameters of GET /api/v1/buildings/recovery-cases.</summary>
internal sealed record RecoveryListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "staffMemberId")] Guid? StaffMemberId,
    [property: FromQuery(Name = "status")] RecoveryStatus? Status,
    [property: FromQuery(Name = "overdue")] bool? Overdue,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>The format parameter every report shares (only for the strict enum check).</summary>
internal sealed record ReportParameters([property: FromQuery(Name = "format")] ReportFormat? Format);
