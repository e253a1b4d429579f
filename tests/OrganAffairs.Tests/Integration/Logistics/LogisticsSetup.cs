using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>Organs, staff, rooms, catalogue items and work orders for the Logistics tests.</summary>
internal static class LogisticsSetup
{
    public const string Root = "/api/v1/logistics";
    public const string Orders = Root + "/work-orders";
    private static int _sequence;

    /// <summary>A catalogue item code of its own, so items added by one test never meet another's.</summary>
    public static string NewCode() => $"repair.t{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}"[..40];

    public static async Task<OrganResponse> OrganAsync(HttpClient client, string division = "320100") =>
        await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市某局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    public static async Task<Guid> StaffAsync(HttpClient client, Guid organId) =>
        (await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "张报修", organId, rankCode = "BelowBureau", postTitle = "科员", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;

    public static async Task<string> KeyAsync(HttpClient admin, Guid organId) =>
        (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "后勤系统", organId, scopes = new[] { "logistics.read", "logistics.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;

    public static async Task<Guid> RoomAsync(HttpClient admin)
    {
        var space = new BuildingsSetup(admin);
        return (await space.RoomAsync((await space.FloorAsync((await space.BuildingAsync()).Id)).Id)).Id;
    }

    /// <summary>A catalogue item in force from 2020 in the jurisdiction (national by default).</summary>
    public static async Task<CatalogueItemResponse> ItemAsync(HttpClient admin, string? code = null, string jurisdiction = "national", string category = "Repair") =>
        await (await admin.PostJsonAsync($"{Root}/rules/catalogue", new
        {
            jurisdiction, effectiveFrom = "2020-01-01", code = code ?? NewCode(), category, name = "空调维修", standard = "报修后 2 个工作小时内到场",
            unit = "次", referencePrice = 120.50m, source = "本局后勤服务目录（测试）", confidence = "M",
        })).ReadAsync<CatalogueItemResponse>(HttpStatusCode.Created);

    /// <summary>An organ with a requester, a room and a catalogue item.</summary>
    public sealed record World(Guid OrganId, Guid Requester, Guid Room, string Item);

    public static async Task<World> WorldAsync(HttpClient admin, string division = "320100", string? item = null)
    {
        var organ = await OrganAsync(admin, division);
        return new World(organ.Id, await StaffAsync(admin, organ.Id), await RoomAsync(admin), item ?? (await ItemAsync(admin)).Code);
    }

    public static object Order(World w, string priority = "Routine", string? item = null) => new
    {
        organId = w.OrganId, requesterStaffMemberId = w.Requester, roomId = w.Room, serviceItem = item ?? w.Item, priority, description = "会议室空调不制冷",
    };

    public static async Task<HttpResponseMessage> RaiseRawAsync(HttpClient client, object order) => await client.PostJsonAsync(Orders, order);

    public static async Task<WorkOrderResponse> RaiseAsync(HttpClient client, World w, string priority = "Routine") =>
        await (await RaiseRawAsync(client, Order(w, priority))).ReadAsync<WorkOrderResponse>(HttpStatusCode.Created);

    /// <summary>POST a workflow step with If-Match (the order's version unless given).</summary>
    public static Task<HttpResponseMessage> StepAsync(HttpClient client, WorkOrderResponse order, string step, object? body = null, string? ifMatch = "") =>
        client.SendAsync(Http.Request(HttpMethod.Post, $"{Orders}/{order.Id}/{step}", JsonSerializer.Serialize(body ?? new { }, Http.Json),
            ifMatch == "" ? $"\"{order.Version}\"" : ifMatch));

    public static async Task<WorkOrderResponse> StepOkAsync(HttpClient client, WorkOrderResponse order, string step, object? body = null) =>
        await (await StepAsync(client, order, step, body)).ReadAsync<WorkOrderResponse>();

    /// <summary>Raised → Triaged → Assigned → OnSite → Resolved.</summary>
    public static async Task<WorkOrderResponse> ResolvedAsync(HttpClient client, WorkOrderResponse order)
    {
        order = await StepOkAsync(client, order, "triage");
        order = await StepOkAsync(client, order, "assign", new { assignee = "物业维修班组" });
        order = await StepOkAsync(client, order, "arrive");
        return await StepOkAsync(client, order, "resolve", new { note = "更换压缩机电容" });
    }

    public static async Task<IReadOnlyList<WorkOrderHistoryEntry>> HistoryAsync(HttpClient client, Guid orderId) =>
        await (await client.GetAsync($"{Orders}/{orderId}/history")).ReadAsync<IReadOnlyList<WorkOrderHistoryEntry>>();

    /// <summary>Every open Logistics violation, through the Contracts backfill query.</summary>
    public static async Task<List<OpenViolation>> OpenViolationsAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenLogisticsViolations(after, 50));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }
}
