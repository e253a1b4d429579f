using System.Net;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>Work orders: the workflow with its history, the requester's confirmation, reopening, If-Match, organ scope and bad input (issue 20 item 2).</summary>
public abstract class LogisticsApiTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task A_work_order_goes_from_raised_to_closed_by_the_requesters_rating_with_its_full_history()
    {
        var w = await WorldAsync(Admin);
        var raised = await RaiseAsync(Admin, w, "Urgent");
        Assert.Equal((WorkOrderStatus.Raised, ServiceCategory.Repair, w.Item, WorkOrderPriority.Urgent, (WorkOrderSla?)null),
            (raised.Status, raised.Category, raised.ServiceItem, raised.Priority, raised.Sla));

        var resolved = await ResolvedAsync(Admin, raised);
        Assert.Equal((WorkOrderStatus.Resolved, "物业维修班组"), (resolved.Status, resolved.Assignee));
        Assert.NotNull(resolved.OnSiteAt);
        Assert.NotNull(resolved.ResolvedAt);

        var closed = await StepOkAsync(Admin, resolved, "confirm", new { staffMemberId = w.Requester, rating = 4, comment = "维修及时" });
        Assert.Equal((WorkOrderStatus.Closed, 4, "维修及时"), (closed.Status, closed.Rating!.Value, closed.RatingComment));
        Assert.NotNull(closed.ClosedAt);

        var history = await HistoryAsync(Admin, raised.Id);
        Assert.Equal(
            [WorkOrderAction.Raised, WorkOrderAction.Triaged, WorkOrderAction.Assigned, WorkOrderAction.ArrivedOnSite, WorkOrderAction.Resolved, WorkOrderAction.Confirmed],
            history.Select(h => h.Action));
        Assert.Equal((WorkOrderStatus.Resolved, WorkOrderStatus.Closed, w.Requester, "维修及时"),
            (history[^1].FromStatus, history[^1].ToStatus, history[^1].StaffMemberId!.Value, history[^1].Note));
        Assert.Equal(w.Requester, history[0].StaffMemberId);
        Assert.Equal("更换压缩机电容", history[4].Note);

        // A closed order takes no further step but a reopening.
        await (await StepAsync(Admin, closed, "resolve")).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
    }

    [ProviderFact]
    public async Task Every_step_needs_a_current_If_Match_and_the_right_status()
    {
        var w = await WorldAsync(Admin);
        var raised = await RaiseAsync(Admin, w);
        await (await StepAsync(Admin, raised, "triage", ifMatch: null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var triaged = await StepOkAsync(Admin, raised, "triage");
        await (await StepAsync(Admin, raised, "assign", new { assignee = "班组" })).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await StepAsync(Admin, triaged, "arrive")).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
        await (await StepAsync(Admin, triaged, "resolve")).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
        Assert.Equal(2, (await HistoryAsync(Admin, raised.Id)).Count);

        // PUT changes the item, priority and description while not yet on site.
        var other = await ItemAsync(Admin, category: "Cleaning");
        var updated = await (await Admin.PutJsonAsync($"{Orders}/{raised.Id}", new { serviceItem = other.Code, priority = "Emergency", description = "地面漏水" }, $"\"{triaged.Version}\""))
            .ReadAsync<WorkOrderResponse>();
        Assert.Equal((ServiceCategory.Cleaning, WorkOrderPriority.Emergency, "地面漏水", WorkOrderStatus.Triaged), (updated.Category, updated.Priority, updated.Description, updated.Status));
        await (await Admin.PutJsonAsync($"{Orders}/{raised.Id}", new { serviceItem = other.Code, priority = "Emergency", description = "x" }, $"\"{triaged.Version}\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
    }

    [ProviderFact]
    public async Task A_hold_remembers_where_the_order_was_and_a_cancellation_keeps_it_on_record()
    {
        var w = await WorldAsync(Admin);
        var order = await StepOkAsync(Admin, await StepOkAsync(Admin, await RaiseAsync(Admin, w), "triage"), "assign", new { assignee = "物业维修班组" });
        await (await StepAsync(Admin, order, "hold", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var held = await StepOkAsync(Admin, order, "hold", new { reason = "等待配件到货" });
        Assert.Equal((WorkOrderStatus.OnHold, "等待配件到货"), (held.Status, held.HoldReason));
        await (await StepAsync(Admin, held, "arrive")).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
        var resumed = await StepOkAsync(Admin, held, "resume");
        Assert.Equal((WorkOrderStatus.Assigned, (string?)null), (resumed.Status, resumed.HoldReason));

        // Assigned orders are no longer cancelled; a raised one is, with its reason.
        await (await StepAsync(Admin, resumed, "cancel", new { reason = "重复报修" })).ProblemAsync(HttpStatusCode.Conflict, "logistics.work-order-state");
        var cancelled = await StepOkAsync(Admin, await RaiseAsync(Admin, w), "cancel", new { reason = "重复报修" });
        Assert.Equal(WorkOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal("重复报修", (await HistoryAsync(Admin, cancelled.Id))[^1].Note);
        Assert.Equal(WorkOrderStatus.Cancelled, (await (await Admin.GetAsync($"{Orders}/{cancelled.Id}")).ReadAsync<WorkOrderResponse>()).Status);
    }

    [ProviderFact]
    public async Task Only_the_requester_confirms_with_a_rating_of_1_to_5_and_reopens_within_the_window()
    {
        var w = await WorldAsync(Admin);
        var resolved = await ResolvedAsync(Admin, await RaiseAsync(Admin, w));
        var colleague = await StaffAsync(Admin, w.OrganId);
        await (await StepAsync(Admin, resolved, "confirm", new { staffMemberId = colleague, rating = 5 })).ProblemAsync((HttpStatusCode)422, "logistics.not-the-requester");
        var stranger = await StaffAsync(Admin, (await OrganAsync(Admin)).Id);
        var problem = await (await StepAsync(Admin, resolved, "confirm", new { staffMemberId = stranger, rating = 5 })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("staffMemberId:logistics.staff-ref-not-found", problem.FieldErrors());
        foreach (var rating in new[] { 0, 6 })
        {
            problem = await (await StepAsync(Admin, resolved, "confirm", new { staffMemberId = w.Requester, rating })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
            Assert.Contains("rating:field.out-of-range", problem.FieldErrors());
        }
        var closed = await StepOkAsync(Admin, resolved, "confirm", new { staffMemberId = w.Requester, rating = 2, comment = "仍有异响" });

        // The seeded national window (7 days) allows reopening today; the rating is withdrawn.
        await (await StepAsync(Admin, closed, "reopen", new { staffMemberId = colleague, reason = "仍有异响" })).ProblemAsync((HttpStatusCode)422, "logistics.not-the-requester");
        var reopened = await StepOkAsync(Admin, closed, "reopen", new { staffMemberId = w.Requester, reason = "空调再次不制冷" });
        Assert.Equal((WorkOrderStatus.Assigned, 1, (int?)null, (DateTimeOffset?)null), (reopened.Status, reopened.ReopenCount, reopened.Rating, reopened.ClosedAt));
        Assert.Equal(WorkOrderAction.Reopened, (await HistoryAsync(Admin, closed.Id))[^1].Action);
    }

    public static TheoryData<string, string> BadOrders => new()
    {
        { """{"organId":"{organ}","requesterStaffMemberId":"{staff}","roomId":"{room}","serviceItem":"{item}","priority":"Routine","description":""}""", "description:field.required" },
        { """{"organId":"{organ}","requesterStaffMemberId":"{staff}","roomId":"{room}","serviceItem":"{item}","priority":"Routine","description":"{long}"}""", "description:field.too-long" },
        { """{"organId":"{organ}","requesterStaffMemberId":"{staff}","roomId":"{room}","serviceItem":"{item}","priority":"Soon","description":"坏了"}""", "priority:request.enum-invalid" },
        { """{"organId":"{organ}","requesterStaffMemberId":"{staff}","roomId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","serviceItem":"{item}","priority":"Routine","description":"坏了"}""", "roomId:logistics.room-ref-not-found" },
        { """{"organId":"{organ}","requesterStaffMemberId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","roomId":"{room}","serviceItem":"{item}","priority":"Routine","description":"坏了"}""", "requesterStaffMemberId:logistics.staff-ref-not-found" },
        { """{"organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","requesterStaffMemberId":"{staff}","roomId":"{room}","serviceItem":"{item}","priority":"Routine","description":"坏了"}""", "organId:logistics.organ-ref-not-found" },
        { """{"organId":"{organ}","requesterStaffMemberId":"{staff}","roomId":"{room}","serviceItem":"","priority":"Routine","description":"坏了"}""", "serviceItem:field.required" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_work_order_is_400_and_nothing_is_written(string body, string fieldError)
    {
        var w = await WorldAsync(Admin);
        var before = await fixture.CountAsync("logistics_work_order");
        var problem = await (await Admin.PostRawAsync(Orders, body.Replace("{organ}", w.OrganId.ToString(), StringComparison.Ordinal)
                .Replace("{staff}", w.Requester.ToString(), StringComparison.Ordinal).Replace("{room}", w.Room.ToString(), StringComparison.Ordinal)
                .Replace("{item}", w.Item, StringComparison.Ordinal).Replace("{long}", new string('坏', 1001), StringComparison.Ordinal)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("logistics_work_order"));
    }

    [ProviderFact]
    public async Task An_item_outside_the_catalogue_in_force_for_the_division_is_422_L1()
    {
        var w = await WorldAsync(Admin);
        var before = await fixture.CountAsync("logistics_work_order");
        var problem = await (await RaiseRawAsync(Admin, Order(w, item: "repair.not-offered"))).ProblemAsync((HttpStatusCode)422, "logistics.not-in-catalogue");
        Assert.Contains("L1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Sichuan's lift maintenance item is in force for a Chengdu organ only.
        await (await RaiseRawAsync(Admin, Order(w, item: "property.lift-maintenance"))).ProblemAsync((HttpStatusCode)422, "logistics.not-in-catalogue");
        var chengdu = await WorldAsync(Admin, "510100", item: "property.lift-maintenance");
        Assert.Equal(ServiceCategory.Repair, (await RaiseAsync(Admin, chengdu)).Category);
        Assert.Equal(before + 1, await fixture.CountAsync("logistics_work_order"));
    }

    [ProviderFact]
    public async Task An_ordinary_organ_raises_and_follows_its_own_work_orders_and_sees_no_other()
    {
        var mine = await WorldAsync(Admin);
        var theirs = await WorldAsync(Admin, item: mine.Item);
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, mine.OrganId));
        var own = await RaiseAsync(client, mine);
        var other = await RaiseAsync(Admin, theirs);

        await (await client.GetAsync($"{Orders}/{own.Id}")).ReadAsync<WorkOrderResponse>();
        await (await client.GetAsync($"{Orders}/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.work-order-not-found");
        await (await client.GetAsync($"{Orders}/{other.Id}/history")).ProblemAsync(HttpStatusCode.NotFound, "logistics.work-order-not-found");
        await (await StepAsync(client, other, "triage")).ProblemAsync(HttpStatusCode.NotFound, "logistics.work-order-not-found");
        var listed = await (await client.GetAsync($"{Orders}?pageSize=200")).ReadAsync<PagedResult<WorkOrderResponse>>();
        Assert.Contains(listed.Items, o => o.Id == own.Id);
        Assert.All(listed.Items, o => Assert.Equal(mine.OrganId, o.OrganId));
        // Raising for another organ is the 400 of a missing organ.
        var problem = await (await RaiseRawAsync(client, Order(theirs))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:logistics.organ-ref-not-found", problem.FieldErrors());

        var filtered = await (await Admin.GetAsync($"{Orders}?organId={theirs.OrganId}&status=Raised&priority=Routine&sort=priority")).ReadAsync<PagedResult<WorkOrderResponse>>();
        Assert.Equal(other.Id, Assert.Single(filtered.Items).Id);
        await (await Admin.GetAsync($"{Orders}?status=Waiting")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_work_order_may_name_an_asset_held_by_the_organ_and_takes_its_room_when_none_is_given()
    {
        var w = await WorldAsync(Admin);
        var assets = new Assets.AssetsSetup(fixture);
        var (_, assetRoom) = await assets.RoomAsync();
        var held = await assets.AssetAsync(Assets.AssetsSetup.Asset(roomId: assetRoom));
        held = await assets.CheckoutAsync(held.Id, w.OrganId);
        var noRoom = await assets.CheckoutAsync((await assets.AssetAsync()).Id, w.OrganId);
        var elsewhere = await assets.CheckoutAsync((await assets.AssetAsync(Assets.AssetsSetup.Asset(roomId: assetRoom))).Id, (await OrganAsync(Admin)).Id);
        var inStock = await assets.AssetAsync(Assets.AssetsSetup.Asset(roomId: assetRoom));
        object Body(Guid? asset, Guid? room) => new
        {
            organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId = room, assetId = asset, serviceItem = w.Item, priority = "Routine", description = "电脑无法开机",
        };
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, w.OrganId));
        var before = await fixture.CountAsync("logistics_work_order");

        // The asset's recorded room is taken when none is given; a given room wins (where the work is done).
        var byAsset = await (await client.PostJsonAsync(Orders, Body(held.Id, null))).ReadAsync<WorkOrderResponse>(HttpStatusCode.Created);
        Assert.Equal((held.Id, assetRoom), (byAsset.AssetId!.Value, byAsset.RoomId));
        var inRoom = await (await client.PostJsonAsync(Orders, Body(noRoom.Id, w.Room))).ReadAsync<WorkOrderResponse>(HttpStatusCode.Created);
        Assert.Equal((noRoom.Id, w.Room), (inRoom.AssetId!.Value, inRoom.RoomId));
        Assert.Equal(byAsset.Id, Assert.Single((await (await client.GetAsync($"{Orders}?assetId={held.Id}")).ReadAsync<PagedResult<WorkOrderResponse>>()).Items).Id);

        // No room anywhere: 400 on roomId; an unknown asset, or one the organ cannot see, 400 on assetId; another organ's, 422.
        Assert.Contains("roomId:logistics.room-required",
            (await (await client.PostJsonAsync(Orders, Body(noRoom.Id, null))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:field.required",
            (await (await client.PostJsonAsync(Orders, Body(null, null))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("assetId:logistics.asset-ref-not-found",
            (await (await client.PostJsonAsync(Orders, Body(Guid.NewGuid(), w.Room))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("assetId:logistics.asset-ref-not-found",
            (await (await client.PostJsonAsync(Orders, Body(elsewhere.Id, w.Room))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("assetId:logistics.asset-ref-not-found",
            (await (await client.PostJsonAsync(Orders, Body(Guid.Empty, w.Room))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        // The bureau sees every asset: another organ's asset is 422, one in stock (the bureau's) is accepted only for the bureau.
        await (await Admin.PostJsonAsync(Orders, Body(elsewhere.Id, w.Room))).ProblemAsync((HttpStatusCode)422, "logistics.asset-not-of-organ");
        Assert.Equal(before + 2, await fixture.CountAsync("logistics_work_order"));
        var stock = await (await Admin.PostJsonAsync(Orders, Body(inStock.Id, null))).ReadAsync<WorkOrderResponse>(HttpStatusCode.Created);
        Assert.Equal((inStock.Id, assetRoom), (stock.AssetId!.Value, stock.RoomId));
    }
}
