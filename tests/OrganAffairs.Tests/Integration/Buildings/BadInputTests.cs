using System.Net;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

/// <summary>Bad input to the endpoints whose other tests cover mostly the happy path: the right 4xx, nothing written.</summary>
public abstract class BuildingsBadInputTests(ApiFixture fixture)
{
    private const string Root = BuildingsSetup.Root;
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    [ProviderFact]
    public async Task Floors_and_retirement_refuse_bad_fields()
    {
        var building = await Setup.BuildingAsync();
        Assert.Contains("label:field.required", (await (await Client.PostJsonAsync($"{Root}/{building.Id}/floors", new { label = "", level = 1 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("level:field.out-of-range", (await (await Client.PostJsonAsync($"{Root}/{building.Id}/floors", new { label = "X", level = 999 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync($"{Root}/{building.Id}/floors", """{"label":"X","level":"three"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/floors", new { label = "X", level = 1 })).ProblemAsync(HttpStatusCode.NotFound, "buildings.building-not-found");
        Assert.Equal(0, await fixture.CountAsync("buildings_floor", "building_id = @Id", new { building.Id }));
        Assert.Contains("reason:field.required", (await (await Client.PostJsonAsync($"{Root}/{building.Id}/retire", new { retiredOn = "2026-12-31", reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/retire", new { retiredOn = "2026-12-31", reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "buildings.building-not-found");
        Assert.Equal(SpaceStatus.Active, (await (await Client.GetAsync($"{Root}/{building.Id}")).ReadAsync<BuildingResponse>()).Status);
    }

    [ProviderFact]
    public async Task Booking_actions_and_findings_refuse_bad_fields()
    {
        var room = await Setup.MeetingRoomAsync(requiresApproval: true);
        var organ = await Setup.OrganAsync();
        var start = BuildingsSetup.Future(30);
        var booking = await (await Client.PostJsonAsync(Root + "/bookings", BuildingsSetup.Booking(room.Id, organ.Id, start, start.AddHours(1)))).ReadAsync<BookingResponse>(HttpStatusCode.Created);
        Assert.Contains("note:field.too-long", (await (await Client.PostJsonAsync($"{Root}/bookings/{booking.Id}/approve", new { note = new string('x', 501) })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/bookings/{Guid.NewGuid()}/approve", new { })).ProblemAsync(HttpStatusCode.NotFound, "buildings.booking-not-found");
        await (await Client.PostRawAsync($"{Root}/bookings/{booking.Id}/reject", """{"note":42}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(BookingStatus.Pending, (await (await Client.GetAsync($"{Root}/bookings/{booking.Id}")).ReadAsync<BookingResponse>()).Status);
        await (await Client.GetAsync($"{Root}/bookings?sort=colour")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/bookings?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/findings/over-standard-organs?on=soon")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        await (await Client.GetAsync($"{Root}/organs/{organ.Id}/area-summary?on=2026-02-30")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        await (await Client.GetAsync($"{Root}/allocations?sort=size")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Root}/assignments?status=Gone")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/recovery-cases?sort=name")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/office-standards?jurisdiction=12")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task Approved_areas_and_releases_refuse_bad_references_and_dates()
    {
        var organ = await Setup.OrganAsync();
        Assert.Contains("organId:buildings.organ-ref-not-found", (await (await Client.PostJsonAsync(Root + "/approved-areas",
            new { organId = Guid.NewGuid(), officeArea = 10m, approvalReference = "x", effectiveFrom = "2026-01-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("approvalReference:field.required", (await (await Client.PostJsonAsync(Root + "/approved-areas",
            new { organId = organ.Id, officeArea = 10m, approvalReference = "", effectiveFrom = "2026-01-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("buildings_approved_area", "organ_id = @Id", new { organ.Id }));

        var staff = await (await Client.PostJsonAsync("/api/v1/organs/staff", new { name = "周科员", organId = organ.Id, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ReadAsync<OrganAffairs.Contracts.Organs.StaffMemberResponse>(HttpStatusCode.Created);
        var room = await Setup.RoomAsync((await Setup.FloorAsync((await Setup.BuildingAsync()).Id)).Id, area: 9m);
        await (await Client.PostJsonAsync(Root + "/allocations", new { roomId = room.Id, organId = organ.Id, route = "Lease", agreementNumber = "a", certificateNumber = "c", effectiveFrom = "2024-01-01" }))
            .ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        var office = await (await Client.PostJsonAsync(Root + "/assignments", new { roomId = room.Id, staffMemberId = staff.Id, startedOn = "2024-06-01" })).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.Contains("releasedOn:buildings.release-before-start", (await (await Client.PostJsonAsync($"{Root}/assignments/{office.Id}/release",
            new { releasedOn = "2024-05-31", reason = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/assignments/{office.Id}/release", new { releasedOn = "2024-07-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Equal(HoldingStatus.Active, (await (await Client.GetAsync($"{Root}/assignments/{office.Id}")).ReadAsync<AssignmentResponse>()).Status);
    }
}
