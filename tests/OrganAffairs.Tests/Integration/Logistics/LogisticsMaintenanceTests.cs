using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
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
        time.Advance(TimeSpan.FromDays(3)); // 12 occurrences, every 6 hours
        var runs = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            await (await (i % 2 == 0 ? first : second).PostAsync($"{Plans}/generate", null)).ReadAsync<MaintenanceRunResponse>()));
        Assert.Equal(12, await fixture.CountAsync("logistics_plan_occurrence", "plan_id = @Id", new { plan.Id }));
        Assert.Equal(12, await fixture.CountAsync("logistics_work_order", "room_id = @Room", new { w.Room }));
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
}
