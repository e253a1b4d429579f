using System.Net;
using System.Text.Json;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// A dissolved organ stops acting (issue 16, item 4): dissolving is refused while it holds staff,
/// vehicles, drivers, allocations, assets or API keys, unless they pass to a successor (划转) or go
/// back to the bureau (收回); its keys stop authenticating either way.
/// </summary>
public abstract class OrganDissolutionTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private sealed record Holdings(OrganResponse Organ, StaffMemberResponse Staff, VehicleResponse Vehicle, DriverResponse Driver,
        AllocationResponse Allocation, AssetResponse Asset, IssuedApiKeyResponse Key);

    /// <summary>An organ holding one of everything.</summary>
    private async Task<Holdings> OrganWithHoldingsAsync()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client);
        var staff = await new AssetsSetup(fixture).StaffAsync(organ.Id);
        var vehicle = await (await Client.PostJsonAsync("/api/v1/vehicles", VehicleTestData.Vehicle(organ.Id))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var driver = await (await Client.PostJsonAsync("/api/v1/vehicles/drivers", new { organId = organ.Id, name = "王师傅", licenceClass = "C1", licenceExpiresOn = "2035-12-31" }))
            .ReadAsync<DriverResponse>(HttpStatusCode.Created);
        var setup = new BuildingsSetup(Client);
        var room = await setup.RoomAsync((await setup.FloorAsync((await setup.BuildingAsync()).Id)).Id);
        var allocation = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/allocations", new
        {
            roomId = room.Id, organId = organ.Id, route = "Construction", agreementNumber = "协议1", certificateNumber = "凭证1", effectiveFrom = "2020-01-01",
        })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        var assets = new AssetsSetup(fixture);
        var asset = await assets.CheckoutAsync((await assets.AssetAsync()).Id, organ.Id);
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位系统", organId = organ.Id, scopes = new[] { "organs.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return new Holdings(organ, staff, vehicle, driver, allocation, asset, key);
    }

    private Task<HttpResponseMessage> DissolveAsync(Guid organId, Guid? successorOrganId = null, bool recoverHoldings = false)
    {
        var body = new Dictionary<string, object?> { ["dissolvedOn"] = "2026-11-30", ["reason"] = "市编委〔2026〕12号", ["successorOrganId"] = successorOrganId };
        if (recoverHoldings)
        {
            body["recoverHoldings"] = true;
        }
        return Client.PostJsonAsync($"/api/v1/organs/{organId}/dissolve", body);
    }

    private async Task<T> GetAsync<T>(string url) => await (await Client.GetAsync(url)).ReadAsync<T>();

    [ProviderFact]
    public async Task Dissolving_an_organ_that_holds_anything_is_409_listing_each_holding_and_changes_nothing()
    {
        var held = await OrganWithHoldingsAsync();
        var keyClient = fixture.ClientFor(fixture.Factory, held.Key.Key);

        var problem = await (await DissolveAsync(held.Organ.Id)).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-has-holdings");
        var holdings = problem.GetProperty("holdings").EnumerateArray()
            .Select(h => $"{h.GetProperty("module").GetString()}/{h.GetProperty("kind").GetString()}={h.GetProperty("count").GetInt32()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["access/apiKeys=1", "assets/assets=1", "buildings/allocations=1", "organs/staff=1", "vehicles/drivers=1", "vehicles/vehicles=1"], holdings);

        Assert.Equal(OrganStatus.Active, (await GetAsync<OrganResponse>($"/api/v1/organs/{held.Organ.Id}")).Status);
        Assert.Equal(held.Organ.Id, (await GetAsync<VehicleResponse>($"/api/v1/vehicles/{held.Vehicle.Id}")).OrganId);
        (await keyClient.GetAsync($"/api/v1/organs/{held.Organ.Id}")).EnsureSuccessStatusCode();
    }

    [ProviderFact]
    public async Task Handing_over_to_a_successor_moves_everything_and_revokes_the_keys()
    {
        var held = await OrganWithHoldingsAsync();
        var successor = await VehiclesApiTests.OrganWithQuotaAsync(Client);
        var keyClient = fixture.ClientFor(fixture.Factory, held.Key.Key);
        var outboxBefore = await fixture.CountAsync("shared_outbox", "type LIKE @Type", new { Type = "%OrganDissolved%" });

        var dissolved = await (await DissolveAsync(held.Organ.Id, successorOrganId: successor.Id)).ReadAsync<OrganResponse>();

        Assert.Equal(OrganStatus.Dissolved, dissolved.Status);
        Assert.Equal(successor.Id, (await GetAsync<StaffMemberResponse>($"/api/v1/organs/staff/{held.Staff.Id}")).OrganId);
        Assert.Equal(successor.Id, (await GetAsync<VehicleResponse>($"/api/v1/vehicles/{held.Vehicle.Id}")).OrganId);
        Assert.Equal(successor.Id, (await GetAsync<DriverResponse>($"/api/v1/vehicles/drivers/{held.Driver.Id}")).OrganId);
        var allocation = await GetAsync<AllocationResponse>($"{BuildingsSetup.Root}/allocations/{held.Allocation.Id}");
        Assert.Equal((successor.Id, HoldingStatus.Active), (allocation.OrganId, allocation.Status));
        var asset = await GetAsync<AssetResponse>($"{AssetsSetup.Root}/{held.Asset.Id}");
        Assert.Equal((successor.Id, AssetStatus.Assigned), (asset.HolderOrganId, asset.Status));
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync($"/api/v1/organs/{held.Organ.Id}")).StatusCode);
        Assert.Equal(outboxBefore + 1, await fixture.CountAsync("shared_outbox", "type LIKE @Type", new { Type = "%OrganDissolved%" }));
    }

    [ProviderFact]
    public async Task Recovery_sends_staff_out_vehicles_to_the_bureau_releases_space_and_checks_assets_in()
    {
        var held = await OrganWithHoldingsAsync();

        await (await DissolveAsync(held.Organ.Id, recoverHoldings: true)).ReadAsync<OrganResponse>();

        Assert.Equal(StaffStatus.Transferred, (await GetAsync<StaffMemberResponse>($"/api/v1/organs/staff/{held.Staff.Id}")).Status);
        Assert.Equal(fixture.BureauOrganId, (await GetAsync<VehicleResponse>($"/api/v1/vehicles/{held.Vehicle.Id}")).OrganId);
        Assert.Equal(fixture.BureauOrganId, (await GetAsync<DriverResponse>($"/api/v1/vehicles/drivers/{held.Driver.Id}")).OrganId);
        Assert.Equal(HoldingStatus.Released, (await GetAsync<AllocationResponse>($"{BuildingsSetup.Root}/allocations/{held.Allocation.Id}")).Status);
        var asset = await GetAsync<AssetResponse>($"{AssetsSetup.Root}/{held.Asset.Id}");
        Assert.Equal((null, AssetStatus.InStock), (asset.HolderOrganId, asset.Status));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.ClientFor(fixture.Factory, held.Key.Key).GetAsync("/api/v1/organs")).StatusCode);
        // Later references to the organ get the shared answer.
        await (await Client.PostJsonAsync("/api/v1/vehicles", VehicleTestData.Vehicle(held.Organ.Id))).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-dissolved");
    }

    [ProviderFact]
    public async Task An_organ_holding_nothing_is_dissolved_as_before()
    {
        var organ = await new AssetsSetup(fixture).OrganAsync();
        Assert.Equal(OrganStatus.Dissolved, (await (await DissolveAsync(organ.Id)).ReadAsync<OrganResponse>()).Status);
    }

    [ProviderFact]
    public async Task Bad_settlements_are_refused_and_nothing_is_written()
    {
        var held = await OrganWithHoldingsAsync();
        var dissolvedSuccessor = await new AssetsSetup(fixture).OrganAsync();
        await (await DissolveAsync(dissolvedSuccessor.Id)).ReadAsync<OrganResponse>();

        var both = await (await DissolveAsync(held.Organ.Id, successorOrganId: dissolvedSuccessor.Id, recoverHoldings: true)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(both.FieldErrors(), f => f.StartsWith("body.successorOrganId:", StringComparison.Ordinal) || f.StartsWith("successorOrganId:", StringComparison.Ordinal));
        await (await DissolveAsync(held.Organ.Id, successorOrganId: held.Organ.Id)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var unknown = await (await DissolveAsync(held.Organ.Id, successorOrganId: Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("successorOrganId:organs.organ-ref-not-found", unknown.FieldErrors());
        await (await DissolveAsync(held.Organ.Id, successorOrganId: dissolvedSuccessor.Id)).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-dissolved");
        await (await DissolveAsync(fixture.BureauOrganId)).ProblemAsync(HttpStatusCode.Conflict, "organs.bureau-not-dissolvable");

        Assert.Equal(OrganStatus.Active, (await GetAsync<OrganResponse>($"/api/v1/organs/{held.Organ.Id}")).Status);
        Assert.Equal(held.Organ.Id, (await GetAsync<StaffMemberResponse>($"/api/v1/organs/staff/{held.Staff.Id}")).OrganId);
    }
}
