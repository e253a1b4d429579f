using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;

namespace OrganAffairs.Tests.Integration.Assets;

/// <summary>Creates assets, rooms, organs and organ keys through the API for the Assets tests.</summary>
public sealed class AssetsSetup(ApiFixture fixture, HttpClient? client = null)
{
    public const string Root = "/api/v1/assets";
    private static int _sequence = Random.Shared.Next(1_000_000);
    private HttpClient Client => client ?? fixture.Client;

    public static string NewTag() => $"OA-{Interlocked.Increment(ref _sequence):D7}";

    public static object Asset(string? tag = null, string category = "Computer", decimal price = 5999.00m, string purchasedOn = "2025-03-01",
        string? warrantyEndsOn = "2028-02-28", Guid? roomId = null, string model = "ThinkCentre M90t") => new
    {
        tag = tag ?? NewTag(), category, model, manufacturer = "联想", serial = "SN-" + Guid.NewGuid().ToString("N")[..8], purchasedOn,
        purchasePrice = price, warrantyEndsOn, roomId,
    };

    public async Task<AssetResponse> AssetAsync(object? body = null) =>
        await (await Client.PostJsonAsync(Root, body ?? Asset())).ReadAsync<AssetResponse>(HttpStatusCode.Created);

    public async Task<OrganResponse> OrganAsync(string division = "320100") =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市档案局", shortName = "档案局", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal",
            type = "GovernmentDepartment", headcount = new[] { new { rankCode = "BureauPrincipal", approved = 1 } },
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    public async Task<StaffMemberResponse> StaffAsync(Guid organId) =>
        await (await Client.PostJsonAsync("/api/v1/organs/staff", new { organId, name = "李四", rankCode = "BureauPrincipal", postTitle = "科员", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

    /// <summary>A room in a new building; returns the building too.</summary>
    public async Task<(Guid BuildingId, Guid RoomId)> RoomAsync()
    {
        var setup = new BuildingsSetup(Client);
        var building = await setup.BuildingAsync();
        var floor = await setup.FloorAsync(building.Id);
        return (building.Id, (await setup.RoomAsync(floor.Id)).Id);
    }

    /// <summary>A client of an ordinary organ with assets.read and assets.write.</summary>
    public async Task<HttpClient> OrganClientAsync(Guid organId, params string[] scopes)
    {
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new
        {
            name = "单位资产系统", organId, scopes = scopes.Length > 0 ? scopes : new[] { "assets.read", "assets.write" },
        })).ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return fixture.ClientFor(fixture.Factory, key.Key);
    }

    public async Task<AssetResponse> CheckoutAsync(Guid assetId, Guid organId, Guid? staffId = null) =>
        await (await Client.PostJsonAsync($"{Root}/{assetId}/checkout", new { holderOrganId = organId, holderStaffId = staffId })).ReadAsync<AssetResponse>();

    /// <summary>A whole-minute UTC instant some days ahead.</summary>
    public static DateTimeOffset Future(int days, int hour = 1, int minute = 0) =>
        new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(hour).AddMinutes(minute);

    public static object Reservation(Guid assetId, Guid organId, DateTimeOffset startsAt, DateTimeOffset endsAt, Guid? staffId = null) => new
    {
        assetId, organId, staffId, startsAt, endsAt, purpose = "年度培训使用",
    };
}
