using System.Net;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;

namespace OrganAffairs.Tests.Integration.Buildings;

/// <summary>Creates buildings, rooms and organs through the API for the Buildings tests.</summary>
public sealed class BuildingsSetup(HttpClient client)
{
    public const string Root = "/api/v1/buildings";
    private static int _sequence = Random.Shared.Next(1_000_000);

    public static string NewCode() => $"B-{Interlocked.Increment(ref _sequence)}";

    public static object Building(string? code = null, decimal grossArea = 12500.50m) => new
    {
        code = code ?? NewCode(),
        name = "市级机关第一办公楼",
        address = "北京东路 41 号",
        ownership = "Owned",
        titleRegisteredToBureau = true,
        grossArea,
        yearBuilt = 1998,
    };

    public async Task<BuildingResponse> BuildingAsync() =>
        await (await client.PostJsonAsync(Root, Building())).ReadAsync<BuildingResponse>(HttpStatusCode.Created);

    public async Task<FloorResponse> FloorAsync(Guid buildingId, string label = "3F", int level = 3) =>
        await (await client.PostJsonAsync($"{Root}/{buildingId}/floors", new { label, level })).ReadAsync<FloorResponse>(HttpStatusCode.Created);

    public async Task<RoomResponse> RoomAsync(Guid floorId, string? number = null, string type = "Office", decimal area = 24.00m, int capacity = 2,
        bool bookable = false, bool requiresApproval = false) =>
        await (await client.PostJsonAsync($"{Root}/rooms", new
        {
            floorId, number = number ?? $"R{Interlocked.Increment(ref _sequence)}", type, usableArea = area, capacity, bookable, requiresApproval,
        })).ReadAsync<RoomResponse>(HttpStatusCode.Created);

    /// <summary>A new building with one floor and one meeting room.</summary>
    public async Task<RoomResponse> MeetingRoomAsync(int capacity = 10, bool requiresApproval = false)
    {
        var building = await BuildingAsync();
        var floor = await FloorAsync(building.Id);
        return await RoomAsync(floor.Id, type: "Service", area: 60m, capacity: capacity, bookable: true, requiresApproval: requiresApproval);
    }

    public async Task<OrganResponse> OrganAsync(string level = "Municipal") =>
        await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ(level: level))).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    /// <summary>A whole-minute UTC instant some days ahead, so it is never in the past.</summary>
    public static DateTimeOffset Future(int days, int hour = 1, int minute = 0)
    {
        var today = DateTimeOffset.UtcNow.Date;
        return new DateTimeOffset(today.AddDays(days).AddHours(hour).AddMinutes(minute), TimeSpan.Zero);
    }

    public static object Booking(Guid roomId, Guid organId, DateTimeOffset startsAt, DateTimeOffset endsAt, int attendees = 5, object? addOns = null) => new
    {
        roomId, organId, title = "季度工作会议", startsAt, endsAt, attendees, addOns,
    };
}
