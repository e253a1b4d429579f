using System.Net;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// One answer for an unusable organ reference in every module (Shared/References/OrganReferences):
/// a dissolved organ is 409 organs.organ-dissolved, an unknown one the module's 400 on the field,
/// and nothing is written either way.
/// </summary>
public abstract class OrganReferenceTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> DissolvedOrganAsync()
    {
        var organ = await (await Client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"/api/v1/organs/{organ.Id}/dissolve", new { dissolvedOn = "2026-11-30", reason = "市编委〔2026〕12号" })).ReadAsync<OrganResponse>();
        return organ;
    }

    public static TheoryData<string> Modules => new() { "buildings", "vehicles", "assets", "energy", "access" };

    [ProviderTheory]
    [MemberData(nameof(Modules))]
    public async Task A_dissolved_organ_is_409_and_an_unknown_one_400_in_every_module(string module)
    {
        var dissolved = await DissolvedOrganAsync();
        var (url, body, table, notFound) = await RequestAsync(module);
        var before = await fixture.CountAsync(table);

        var problem = await (await Client.PostJsonAsync(url, body(dissolved.Id))).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-dissolved");
        Assert.Equal("机关已撤销。", problem.GetProperty("title").GetString());
        var unknown = await (await Client.PostJsonAsync(url, body(Guid.NewGuid()))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(notFound, unknown.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync(table));
    }

    private async Task<(string Url, Func<Guid, object> Body, string Table, string NotFound)> RequestAsync(string module)
    {
        switch (module)
        {
            case "buildings":
                var room = await new BuildingsSetup(Client).MeetingRoomAsync();
                var start = BuildingsSetup.Future(11);
                return ($"{BuildingsSetup.Root}/bookings", id => BuildingsSetup.Booking(room.Id, id, start, start.AddHours(1)), "buildings_booking", "organId:buildings.organ-ref-not-found");
            case "vehicles":
                return ("/api/v1/vehicles", id => VehicleTestData.Vehicle(id), "vehicles_vehicle", "organId:vehicles.organ-ref-not-found");
            case "assets":
                var asset = await new AssetsSetup(fixture).AssetAsync();
                var from = AssetsSetup.Future(12);
                return ($"{AssetsSetup.Root}/reservations", id => AssetsSetup.Reservation(asset.Id, id, from, from.AddHours(2)), "assets_reservation", "organId:assets.organ-ref-not-found");
            case "energy":
                return ("/api/v1/energy/institutions", id => new { organId = id, name = "市某公共机构", directoryCode = Energy.EnergySetup.DirectoryCode() }, "energy_institution", "organId:energy.organ-ref-not-found");
            default:
                return ("/api/v1/access/api-keys", id => new { name = "会议系统", organId = id, scopes = new[] { "buildings.read" } }, "access_api_key", "organId:access.organ-not-found");
        }
    }
}
