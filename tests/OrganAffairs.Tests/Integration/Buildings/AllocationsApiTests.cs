using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

public abstract class BuildingsAllocationsApiTests(ApiFixture fixture)
{
    private const string Allocations = BuildingsSetup.Root + "/allocations";
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    private static object Allocation(Guid roomId, Guid organId, string effectiveFrom = "2026-01-01", string agreement = "使用协议〔2026〕1号", string certificate = "凭证〔2026〕1号") => new
    {
        roomId, organId, route = "Reallocation", agreementNumber = agreement, certificateNumber = certificate, effectiveFrom,
    };

    [ProviderFact]
    public async Task A_room_has_at_most_one_active_allocation_and_may_be_allocated_again_after_release()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var room = await Setup.RoomAsync(floor.Id);
        var a = await Setup.OrganAsync();
        var b = await Setup.OrganAsync();
        var first = await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, a.Id))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        Assert.Equal(HoldingStatus.Active, first.Status);
        await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, b.Id))).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-already-allocated");
        await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/rooms/{room.Id}/retire", new { retiredOn = "2026-12-31", reason = "x" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-has-holders");

        await (await Client.PostJsonAsync($"{Allocations}/{first.Id}/release", new { releasedOn = "2025-12-31", reason = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var released = await (await Client.PostJsonAsync($"{Allocations}/{first.Id}/release", new { releasedOn = "2026-06-30", reason = "调剂" })).ReadAsync<AllocationResponse>();
        Assert.Equal(HoldingStatus.Released, released.Status);
        await (await Client.PostJsonAsync($"{Allocations}/{first.Id}/release", new { releasedOn = "2026-06-30", reason = "调剂" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.allocation-released");
        await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, b.Id, "2026-06-30"))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        var list = await (await Client.GetAsync($"{Allocations}?roomId={room.Id}")).ReadAsync<PagedResult<AllocationResponse>>();
        Assert.Equal(2, list.TotalCount);
    }

    [ProviderFact]
    public async Task Parallel_allocations_of_one_room_let_exactly_one_win()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var room = await Setup.RoomAsync(floor.Id);
        var organ = await Setup.OrganAsync();
        var other = fixture.ClientFor(fixture.CreateFactory());
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? Client : other).PostJsonAsync(Allocations, Allocation(room.Id, organ.Id))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [ProviderFact]
    public async Task Agreement_and_certificate_numbers_are_required_and_bad_input_writes_nothing()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var room = await Setup.RoomAsync(floor.Id);
        var organ = await Setup.OrganAsync();
        var noAgreement = await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, organ.Id, agreement: ""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(noAgreement.FieldErrors(), e => e.StartsWith("agreementNumber:", StringComparison.Ordinal));
        var noCertificate = await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, organ.Id, certificate: " "))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(noCertificate.FieldErrors(), e => e.StartsWith("certificateNumber:", StringComparison.Ordinal));
        Assert.Contains("roomId:buildings.room-ref-not-found", (await (await Client.PostJsonAsync(Allocations, Allocation(Guid.NewGuid(), organ.Id))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("organId:buildings.organ-ref-not-found", (await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, Guid.NewGuid()))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("route:request.enum-invalid", (await (await Client.PostRawAsync(Allocations, $$"""{"roomId":"{{room.Id}}","organId":"{{organ.Id}}","route":"Gift","agreementNumber":"a","certificateNumber":"c","effectiveFrom":"2026-01-01"}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync(Allocations, $$"""{"roomId":"{{room.Id}}","organId":"{{organ.Id}}","route":"Lease","agreementNumber":"a","certificateNumber":"c","effectiveFrom":"2026-13-01"}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(0, await fixture.CountAsync("buildings_allocation", "room_id = @Id", new { room.Id }));
        await (await Client.GetAsync($"{Allocations}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.allocation-not-found");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Allocations}?status=Gone")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task A_change_of_type_needs_an_approval_reference()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var room = await Setup.RoomAsync(floor.Id, number: "101", type: "Office", area: 20m);
        var url = $"{BuildingsSetup.Root}/rooms/{room.Id}";
        var asService = new { number = "101", type = "Service", usableArea = 20m, capacity = 2, bookable = false, requiresApproval = false, approvalReference = (string?)null };
        await (await Client.PutJsonAsync(url, asService, null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await Client.PutJsonAsync(url, asService, "\"1\"")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.change-of-use-needs-approval");
        var changed = await (await Client.PutJsonAsync(url, asService with { approvalReference = "机关事务局〔2026〕5号" }, "\"1\"")).ReadAsync<RoomResponse>();
        Assert.Equal(RoomType.Service, changed.Type);
        await (await Client.PutJsonAsync(url, asService with { usableArea = 21m }, "\"1\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        // An area correction is not a change of use.
        var corrected = await (await Client.PutJsonAsync(url, asService with { usableArea = 21.5m }, "\"2\"")).ReadAsync<RoomResponse>();
        Assert.Equal(21.50m, corrected.UsableArea);
        await (await Client.PutJsonAsync(url, asService with { usableArea = 0m }, "\"3\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task Allocated_office_area_above_the_approved_area_is_an_organ_level_finding()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var organ = await Setup.OrganAsync();
        var office1 = await Setup.RoomAsync(floor.Id, type: "Office", area: 30.00m);
        var office2 = await Setup.RoomAsync(floor.Id, type: "Office", area: 20.00m);
        var service = await Setup.RoomAsync(floor.Id, type: "Service", area: 100m);
        foreach (var room in new[] { office1, office2, service })
        {
            await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, organ.Id))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        }
        var set = (decimal area, string from) => Client.PostJsonAsync(BuildingsSetup.Root + "/approved-areas",
            new { organId = organ.Id, officeArea = area, approvalReference = "编办〔2026〕3号", effectiveFrom = from });
        await (await set(50.00m, "2026-01-01")).ReadAsync<ApprovedAreaResponse>(HttpStatusCode.Created);
        await (await set(49.99m, "2026-07-01")).ReadAsync<ApprovedAreaResponse>(HttpStatusCode.Created);
        await (await set(49.99m, "2026-07-01")).ProblemAsync(HttpStatusCode.Conflict, "buildings.approved-area-version-exists");

        var summary = (string on) => Client.GetAsync($"{BuildingsSetup.Root}/organs/{organ.Id}/area-summary?on={on}");
        var within = await (await summary("2026-06-30")).ReadAsync<OrganAreaSummary>();
        Assert.Equal(50.00m, within.ApprovedOfficeArea);
        Assert.Equal(50.00m, within.AllocatedOfficeArea);
        Assert.False(within.OverStandard);
        Assert.Contains(within.AllocatedByType, t => t.Type == RoomType.Service && t.Area == 100m);
        var over = await (await summary("2026-07-01")).ReadAsync<OrganAreaSummary>();
        Assert.True(over.OverStandard);
        Assert.Equal(0.01m, over.OverBy);
        var findings = await (await Client.GetAsync($"{BuildingsSetup.Root}/findings/over-standard-organs?on=2026-07-01")).ReadAsync<List<OrganAreaSummary>>();
        Assert.Contains(findings, f => f.OrganId == organ.Id);
        await (await Client.GetAsync($"{BuildingsSetup.Root}/organs/{Guid.NewGuid()}/area-summary")).ProblemAsync(HttpStatusCode.NotFound, "buildings.organ-not-found");
        await (await set(0m, "2027-01-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task An_office_allocation_above_the_approved_area_is_refused_unless_excepted_and_its_recovery_case_closes_on_release()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var organ = await Setup.OrganAsync();
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/approved-areas",
            new { organId = organ.Id, officeArea = 50.00m, approvalReference = "编办〔2026〕3号", effectiveFrom = "2026-01-01" })).ReadAsync<ApprovedAreaResponse>(HttpStatusCode.Created);
        foreach (var area in new[] { 30.00m, 20.00m })
        {
            var within = await (await Client.PostJsonAsync(Allocations, Allocation((await Setup.RoomAsync(floor.Id, area: area)).Id, organ.Id)))
                .ReadAsync<AllocationResponse>(HttpStatusCode.Created);
            Assert.False(within.OverApprovedArea);
            Assert.Null(within.ExceptionApprovalReference);
        }
        // Exactly at the approved area; a service room does not count against it.
        await (await Client.PostJsonAsync(Allocations, Allocation((await Setup.RoomAsync(floor.Id, type: "Service", area: 100m)).Id, organ.Id)))
            .ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        // Just outside: refused citing the approved area, nothing written.
        var extra = await Setup.RoomAsync(floor.Id, area: 0.01m);
        var refused = await (await Client.PostJsonAsync(Allocations, Allocation(extra.Id, organ.Id))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.over-approved-area");
        Assert.Contains("50.01 m² > 50.00 m²", refused.GetProperty("detail").GetString());
        Assert.Contains("编办〔2026〕3号", refused.GetProperty("detail").GetString());
        Assert.Equal(0, await fixture.CountAsync("buildings_allocation", "room_id = @Id", new { extra.Id }));
        // Before the approved area is in force nothing is checked.
        var early = await (await Client.PostJsonAsync(Allocations, Allocation(extra.Id, organ.Id, "2025-12-31"))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        Assert.False(early.OverApprovedArea);
        await (await Client.PostJsonAsync($"{Allocations}/{early.Id}/release", new { releasedOn = "2025-12-31", reason = "录入错误" })).ReadAsync<AllocationResponse>();
        var blank = await (await Client.PostJsonAsync(Allocations, new
        {
            roomId = extra.Id, organId = organ.Id, route = "Reallocation", agreementNumber = "a", certificateNumber = "c", effectiveFrom = "2026-01-01", exceptionApprovalReference = "",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("exceptionApprovalReference:field.required", blank.FieldErrors());

        // With an approved exception: recorded, flagged, audited, and a recovery case of the allocation is opened.
        var excepted = await (await Client.PostJsonAsync(Allocations, new
        {
            roomId = extra.Id, organId = organ.Id, route = "Reallocation", agreementNumber = "a", certificateNumber = "c", effectiveFrom = "2026-01-01",
            exceptionApprovalReference = "机关事务〔2026〕8号",
        })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        Assert.True(excepted.OverApprovedArea);
        Assert.Equal("机关事务〔2026〕8号", excepted.ExceptionApprovalReference);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { excepted.Id }));
        var cases = await (await Client.GetAsync($"{BuildingsSetup.Root}/recovery-cases?organId={organ.Id}")).ReadAsync<PagedResult<RecoveryCaseResponse>>();
        var opened = Assert.Single(cases.Items);
        Assert.Equal(RecoveryReason.OverApprovedArea, opened.Reason);
        Assert.Equal(excepted.Id, opened.AllocationId);
        Assert.Null(opened.AssignmentId);
        Assert.Null(opened.StaffMemberId);
        Assert.Equal(new DateOnly(2026, 2, 1), opened.DueOn);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { opened.Id }));

        // Recovering the room closes the case.
        await (await Client.PostJsonAsync($"{Allocations}/{excepted.Id}/release", new { releasedOn = "2026-01-20", reason = "超核定面积收回" })).ReadAsync<AllocationResponse>();
        var closed = await (await Client.GetAsync($"{BuildingsSetup.Root}/recovery-cases/{opened.Id}")).ReadAsync<RecoveryCaseResponse>();
        Assert.Equal(RecoveryStatus.Closed, closed.Status);
        Assert.Equal(new DateOnly(2026, 1, 20), closed.ClosedOn);
    }

    [ProviderFact]
    public async Task Renting_lending_or_use_by_another_unit_needs_an_approval_and_is_listed_in_the_publication()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var organ = await Setup.OrganAsync();
        var room = await Setup.RoomAsync(floor.Id, type: "Service", area: 40m);
        var unallocated = await Setup.RoomAsync(floor.Id);
        await (await Client.PostJsonAsync(Allocations, Allocation(room.Id, organ.Id))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        object Use(Guid roomId, string? approval, string kind = "Lend", string startsOn = "2026-03-01", string? endsOn = "2026-06-30") =>
            new { roomId, kind, userName = "市档案馆", startsOn, endsOn, approvalReference = approval };
        const string Uses = BuildingsSetup.Root + "/room-uses";
        // Without an approval: 422, nothing written.
        await (await Client.PostJsonAsync(Uses, Use(room.Id, null))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.room-use-needs-approval");
        await (await Client.PostJsonAsync(Uses, Use(room.Id, "  "))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.room-use-needs-approval");
        // Bad input: 400, nothing written.
        Assert.Contains("startsOn:buildings.use-before-allocation",
            (await (await Client.PostJsonAsync(Uses, Use(room.Id, "批准", startsOn: "2025-12-31"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:buildings.room-ref-not-found",
            (await (await Client.PostJsonAsync(Uses, Use(unallocated.Id, "批准"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync(Uses, Use(room.Id, "批准", endsOn: "2026-02-28"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("kind:request.enum-invalid", (await (await Client.PostJsonAsync(Uses, Use(room.Id, "批准", kind: "Sell"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("approvalReference:field.too-long",
            (await (await Client.PostJsonAsync(Uses, Use(room.Id, new string('号', 101)))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("buildings_room_use", "room_id = @Id", new { room.Id }));

        var lent = await (await Client.PostJsonAsync(Uses, Use(room.Id, "机关事务〔2026〕5号"))).ReadAsync<RoomUseResponse>(HttpStatusCode.Created);
        Assert.Equal(organ.Id, lent.OrganId);
        Assert.Equal(RoomUseKind.Lend, lent.Kind);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { lent.Id }));
        await (await Client.PostJsonAsync(Uses, Use(room.Id, "机关事务〔2026〕6号", kind: "OtherUnit", startsOn: "2026-07-01", endsOn: null))).ReadAsync<RoomUseResponse>(HttpStatusCode.Created);
        var listed = await (await Client.GetAsync($"{Uses}?roomId={room.Id}")).ReadAsync<PagedResult<RoomUseResponse>>();
        Assert.Equal(2, listed.TotalCount);

        var publication = await (await Client.GetAsync($"{BuildingsSetup.Root}/reports/publication?year=2026&organId={organ.Id}")).ReadAsync<List<PublicationRow>>();
        Assert.Equal("出借：市档案馆 2026-03-01—2026-06-30（机关事务〔2026〕5号）；调整给其他单位使用：市档案馆 2026-07-01—（机关事务〔2026〕6号）",
            Assert.Single(publication).OtherUses);
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_only_its_own_allocations_and_cannot_allocate()
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var mine = await Setup.OrganAsync();
        var theirs = await Setup.OrganAsync();
        var room1 = await Setup.RoomAsync(floor.Id);
        var room2 = await Setup.RoomAsync(floor.Id);
        var own = await (await Client.PostJsonAsync(Allocations, Allocation(room1.Id, mine.Id))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        var their = await (await Client.PostJsonAsync(Allocations, Allocation(room2.Id, theirs.Id))).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位系统", organId = mine.Id, scopes = new[] { "buildings.read", "buildings.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);
        Assert.Equal(own.Id, (await (await client.GetAsync($"{Allocations}/{own.Id}")).ReadAsync<AllocationResponse>()).Id);
        await (await client.GetAsync($"{Allocations}/{their.Id}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.allocation-not-found");
        var list = await (await client.GetAsync($"{Allocations}?organId={theirs.Id}")).ReadAsync<PagedResult<AllocationResponse>>();
        Assert.Equal(0, list.TotalCount);
        await (await client.GetAsync($"{BuildingsSetup.Root}/organs/{theirs.Id}/area-summary")).ProblemAsync(HttpStatusCode.NotFound, "buildings.organ-not-found");
        await (await client.PostJsonAsync(Allocations, Allocation(room2.Id, mine.Id))).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        var reader = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "只读", organId = mine.Id, scopes = new[] { "buildings.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        await (await fixture.ClientFor(fixture.Factory, reader.Key).PostJsonAsync(BuildingsSetup.Root + "/bookings", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
