using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>Preventive maintenance plans (issue 20 item 4): a cron schedule in the business time zone, each occurrence one work order, exactly once across Hosts.</summary>
public abstract class LogisticsMaintenanceTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 3, 2, 0, 0, TimeSpan.Zero); // Tuesday 10:00 in Shanghai
    private const string Plans = Root + "/maintenance-plans";

    private static object Plan(World w, string schedule = "0 9 * * 1") => new
    {
        organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId = w.Room, serviceItem = w.Item, priority = "Planned",
        title = "空调周检", schedule, checklist = new[] { "检查滤网", "测量出风温度" },
    };

    [ProviderFact]
    public async Task Mondays_at_nine_in_Shanghai_raise_one_work_order_each_and_a_second_run_raises_none()
    {
        var time = new FakeTimeProvider(Start);
        var client = fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time)));
        var w = await WorldAsync(client);
        var plan = await (await client.PostJsonAsync(Plans, Plan(w))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((new DateTimeOffset(2026, 11, 9, 1, 0, 0, TimeSpan.Zero), "Asia/Shanghai", 2), (plan.NextDueAt!.Value, plan.TimeZone, plan.Checklist.Count));
        Assert.Equal(plan.Id, (await (await client.GetAsync($"{Plans}/{plan.Id}")).ReadAsync<MaintenancePlanResponse>()).Id);

        time.Advance(TimeSpan.FromDays(14)); // past Monday 9 and Monday 16 November
        var run = await (await client.PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>();
        Assert.Equal(2, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { plan.Id }));
        var orders = await Task.WhenAll(run.WorkOrderIds.Select(async id => await (await client.GetAsync($"{Orders}/{id}")).ReadAsync<WorkOrderResponse>()));
        var mine = orders.Where(o => o.RoomId == w.Room).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, o => Assert.Equal((WorkOrderStatus.Raised, WorkOrderPriority.Planned, w.Requester), (o.Status, o.Priority, o.RequesterStaffMemberId)));
        Assert.All(mine, o => Assert.Contains("检查滤网", o.Description, StringComparison.Ordinal));

        await (await client.PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>();
        Assert.Equal(2, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { w.Room }));
    }

    [ProviderFact]
    public async Task Two_Hosts_generating_at_once_never_raise_an_occurrence_twice()
    {
        var time = new FakeTimeProvider(Start);
        var first = fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time)));
        var second = fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time)));
        var w = await WorldAsync(first);
        var plan = await (await first.PostJsonAsync(Plans, Plan(w, "0 */6 * * *"))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        // A building-level plan of another building, whose orders go to that building's one room.
        var space = new BuildingsSetup(first);
        var building = await space.BuildingAsync();
        var plantRoom = await space.RoomAsync((await space.FloorAsync(building.Id)).Id);
        var buildingPlan = await (await first.PostJsonAsync(Plans, Targeted(w, new { kind = "Building", id = building.Id }, schedule: "0 */6 * * *")))
            .ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((plantRoom.Id, PlanTargetKind.Building, building.Id), (buildingPlan.RoomId, buildingPlan.Target!.Kind, buildingPlan.Target.Id));
        time.Advance(TimeSpan.FromDays(3)); // 12 occurrences each, every 6 hours
        var runs = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            await (await (i % 2 == 0 ? first : second).PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>()));
        Assert.Equal(12, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { plan.Id }));
        Assert.Equal(12, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { w.Room }));
        Assert.Equal(12, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { buildingPlan.Id }));
        Assert.Equal(12, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { Room = plantRoom.Id }));
        Assert.Equal(runs.SelectMany(r => r.WorkOrderIds).Count(), runs.SelectMany(r => r.WorkOrderIds).Distinct().Count());
    }

    [ProviderFact]
    public async Task The_Host_timer_in_two_instances_raises_each_occurrence_once()
    {
        var time = new FakeTimeProvider(Start);
        var w = await WorldAsync(fixture.Client);
        var setup = fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time)));
        var plan = await (await setup.PostJsonAsync(Plans, Plan(w, "30 */6 * * *"))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        time.Advance(TimeSpan.FromDays(2)); // 8 occurrences
        var timer = new Dictionary<string, string?> { ["Logistics:MaintenanceTimerEnabled"] = "true", ["Logistics:MaintenanceInterval"] = "00:00:00.100" };
        using (var first = fixture.CreateFactory(timer, s => s.AddSingleton<TimeProvider>(time)))
        using (var second = fixture.CreateFactory(timer, s => s.AddSingleton<TimeProvider>(time)))
        {
            first.CreateClient();
            second.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { plan.Id }) < 8)
            {
                Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the timer");
                await Task.Delay(100);
            }
            await Task.Delay(500); // further ticks in both instances
        }
        Assert.Equal(8, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { plan.Id }));
        Assert.Equal(8, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { w.Room }));
    }

    [ProviderFact]
    public async Task A_bad_plan_is_400_and_nothing_is_written()
    {
        var w = await WorldAsync(fixture.Client);
        var before = await fixture.CountAsync("logistics_maintenance_plan");
        var problem = await (await fixture.Client.PostJsonAsync(Plans, Plan(w, "every monday"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("schedule:field.invalid-format", problem.FieldErrors());
        await (await fixture.Client.PostJsonAsync(Plans, new
        {
            organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId = w.Room, serviceItem = "repair.not-offered", priority = "Planned",
            title = "空调周检", schedule = "0 9 * * 1", checklist = new[] { "检查滤网" },
        })).ProblemAsync((HttpStatusCode)422, "logistics.not-in-catalogue");
        Assert.Equal(before, await fixture.CountAsync("logistics_maintenance_plan"));
        await (await fixture.Client.GetAsync($"{Plans}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.maintenance-plan-not-found");
    }
    private static object Targeted(World w, object target, Guid? roomId = null, string schedule = "0 9 * * 1") => new
    {
        organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId, serviceItem = w.Item, priority = "Planned", title = "楼宇消防巡检", schedule,
        checklist = new[] { "检查灭火器", "检查应急照明" }, target,
    };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, string? ifMatch) =>
        client.SendAsync(Http.Request(method, url, System.Text.Json.JsonSerializer.Serialize(body, Http.Json), ifMatch));

    [ProviderFact]
    public async Task Plans_target_a_building_a_floor_a_room_or_an_asset_and_are_listed_edited_and_retired()
    {
        var time = new FakeTimeProvider(Start);
        var client = fixture.ClientFor(fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time)));
        var w = await WorldAsync(client);
        var space = new BuildingsSetup(client);
        var building = await space.BuildingAsync();
        var third = await space.FloorAsync(building.Id);
        var fourth = await space.FloorAsync(building.Id, "4F", 4);
        var a101 = await space.RoomAsync(third.Id, "A101");
        var a100 = await space.RoomAsync(third.Id, "A100");
        var b201 = await space.RoomAsync(fourth.Id, "B201");

        var whole = await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Building", id = building.Id }))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((a100.Id, building.Id, 1L), (whole.RoomId, whole.Target!.BuildingId!.Value, whole.Version)); // the first active room by number
        var floor = await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Floor", id = fourth.Id, buildingId = building.Id })))
            .ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((b201.Id, PlanTargetKind.Floor, fourth.Id), (floor.RoomId, floor.Target!.Kind, floor.Target.Id));
        var room = await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Room", id = a101.Id }))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((a101.Id, building.Id), (room.RoomId, room.Target!.BuildingId!.Value));

        var assets = new Assets.AssetsSetup(fixture);
        var held = await assets.CheckoutAsync((await assets.AssetAsync(Assets.AssetsSetup.Asset(roomId: a101.Id))).Id, w.OrganId);
        var asset = await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Asset", id = held.Id }))).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created);
        Assert.Equal((a101.Id, held.Id, PlanTargetKind.Asset), (asset.RoomId, asset.AssetId!.Value, asset.Target!.Kind));

        // Bad targets write nothing.
        var before = await fixture.CountAsync("logistics_maintenance_plan");
        await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Building", id = Guid.NewGuid() }))).ProblemAsync((HttpStatusCode)422, "logistics.plan-target-not-found");
        await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Floor", id = fourth.Id, buildingId = (await space.BuildingAsync()).Id })))
            .ProblemAsync((HttpStatusCode)422, "logistics.plan-target-not-found");
        await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Asset", id = Guid.NewGuid() }))).ProblemAsync((HttpStatusCode)422, "logistics.plan-target-not-found");
        await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Floor", id = fourth.Id, buildingId = building.Id }, roomId: a101.Id)))
            .ProblemAsync((HttpStatusCode)422, "logistics.room-outside-target");
        var bad = await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Floor", id = fourth.Id }))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("target.buildingId:field.required", bad.FieldErrors());
        await (await client.PostJsonAsync(Plans, Targeted(w, new { kind = "Wing", id = building.Id }))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(before, await fixture.CountAsync("logistics_maintenance_plan"));

        // The list by building (whatever the target's kind), kind and state.
        async Task<IReadOnlyList<Guid>> ListAsync(string query) =>
            (await (await client.GetAsync($"{Plans}?{query}&pageSize=100")).ReadAsync<PagedResult<MaintenancePlanResponse>>()).Items.Select(p => p.Id).ToList();
        Assert.Equal(new[] { whole.Id, floor.Id, room.Id, asset.Id }.Order(), (await ListAsync($"buildingId={building.Id}")).Order());
        Assert.Equal([floor.Id], await ListAsync($"buildingId={building.Id}&targetKind=Floor"));
        Assert.Equal([asset.Id], await ListAsync($"assetId={held.Id}"));
        await (await client.GetAsync($"{Plans}?targetKind=Wing")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");

        // Edits need If-Match; a new schedule counts from the edit.
        var edit = new { title = "楼宇消防月检", schedule = "0 9 1 * *", checklist = new[] { "检查灭火器" } };
        await (await SendAsync(client, HttpMethod.Put, $"{Plans}/{whole.Id}", edit, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await SendAsync(client, HttpMethod.Put, $"{Plans}/{whole.Id}", edit, "\"7\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var badEdit = await (await SendAsync(client, HttpMethod.Put, $"{Plans}/{whole.Id}", new { title = "", schedule = "monthly", checklist = Array.Empty<string>() }, "\"1\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("schedule:field.invalid-format", badEdit.FieldErrors());
        time.Advance(TimeSpan.FromDays(7)); // past Monday 9 November
        var edited = await (await SendAsync(client, HttpMethod.Put, $"{Plans}/{whole.Id}", edit, "\"1\"")).ReadAsync<MaintenancePlanResponse>();
        Assert.Equal((2L, "0 9 1 * *", Start.AddDays(7), 1), (edited.Version, edited.Schedule, edited.ScheduleFrom!.Value, edited.Checklist.Count));

        // The generator: the edited plan owes nothing before 1 December; the others their Monday.
        var run = await (await client.PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>();
        Assert.Equal(0, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { whole.Id }));
        Assert.Equal(1, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { floor.Id }));
        var assetOrder = await (await client.GetAsync($"{Orders}?assetId={held.Id}")).ReadAsync<PagedResult<WorkOrderResponse>>();
        Assert.Equal(held.Id, Assert.Single(assetOrder.Items).AssetId);

        // Retirement: nothing more is generated; the orders raised stay.
        await (await SendAsync(client, HttpMethod.Post, $"{Plans}/{floor.Id}/retire", new { reason = "" }, "\"1\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var retired = await (await SendAsync(client, HttpMethod.Post, $"{Plans}/{floor.Id}/retire", new { reason = "改由物业合同巡检" }, "\"1\"")).ReadAsync<MaintenancePlanResponse>();
        Assert.Equal((2L, (DateTimeOffset?)null, "改由物业合同巡检"), (retired.Version, retired.NextDueAt, retired.RetiredReason));
        await (await SendAsync(client, HttpMethod.Post, $"{Plans}/{floor.Id}/retire", new { reason = "again" }, "\"2\"")).ProblemAsync(HttpStatusCode.Conflict, "logistics.maintenance-plan-retired");
        await (await SendAsync(client, HttpMethod.Put, $"{Plans}/{floor.Id}", edit, "\"2\"")).ProblemAsync(HttpStatusCode.Conflict, "logistics.maintenance-plan-retired");
        time.Advance(TimeSpan.FromDays(28));
        await (await client.PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>();
        Assert.Equal(1, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { floor.Id }));
        Assert.Equal(1, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { Room = b201.Id }));
        Assert.Equal(1, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { whole.Id })); // 1 December
        Assert.Equal([floor.Id], await ListAsync($"buildingId={building.Id}&active=false"));
        Assert.DoesNotContain(floor.Id, await ListAsync($"buildingId={building.Id}&active=true"));

        // Organ scope: another organ sees none of them.
        var stranger = fixture.ClientFor(fixture.Factory, await KeyAsync(fixture.Client, (await OrganAsync(fixture.Client)).Id));
        await (await stranger.GetAsync($"{Plans}/{whole.Id}")).ProblemAsync(HttpStatusCode.NotFound, "logistics.maintenance-plan-not-found");
        Assert.Empty((await (await stranger.GetAsync($"{Plans}?buildingId={building.Id}")).ReadAsync<PagedResult<MaintenancePlanResponse>>()).Items);
        await (await SendAsync(stranger, HttpMethod.Post, $"{Plans}/{whole.Id}/retire", new { reason = "x" }, "\"2\"")).ProblemAsync(HttpStatusCode.NotFound, "logistics.maintenance-plan-not-found");
    }
}
