using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

public abstract class BuildingsSpaceApiTests(ApiFixture fixture)
{
    private const string Root = BuildingsSetup.Root;
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    [ProviderFact]
    public async Task A_building_is_registered_with_areas_in_m2_and_two_decimals()
    {
        var response = await Client.PostJsonAsync(Root, BuildingsSetup.Building(grossArea: 12500.5m));
        var building = await response.ReadAsync<BuildingResponse>(HttpStatusCode.Created);
        Assert.Equal(12500.50m, building.GrossArea);
        Assert.Equal(SpaceStatus.Active, building.Status);
        Assert.Equal($"{Root}/{building.Id}", response.Headers.Location?.OriginalString);
        var text = await (await Client.GetAsync($"{Root}/{building.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("\"grossArea\":12500.50", text);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { building.Id }));
    }

    [ProviderFact]
    public async Task A_duplicate_building_code_is_409_and_nothing_is_written()
    {
        var code = BuildingsSetup.NewCode();
        await (await Client.PostJsonAsync(Root, BuildingsSetup.Building(code))).ReadAsync<BuildingResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync(Root, BuildingsSetup.Building(code))).ProblemAsync(HttpStatusCode.Conflict, "buildings.building-code-taken");
        Assert.Equal(1, await fixture.CountAsync("buildings_building", "code = @Code", new { Code = code }));
    }

    [ProviderTheory]
    [InlineData("""{"code":"","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":10,"yearBuilt":2000}""", "code")]
    [InlineData("""{"code":"A B","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":10,"yearBuilt":2000}""", "code")]
    [InlineData("""{"code":"A1","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":0,"yearBuilt":2000}""", "grossArea")]
    [InlineData("""{"code":"A1","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":10.001,"yearBuilt":2000}""", "grossArea")]
    [InlineData("""{"code":"A1","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":10,"yearBuilt":1700}""", "yearBuilt")]
    public async Task Invalid_building_fields_are_400_with_the_field(string body, string field)
    {
        var before = await fixture.CountAsync("buildings_building");
        var problem = await (await Client.PostRawAsync(Root, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(problem.FieldErrors(), e => e.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.Equal(before, await fixture.CountAsync("buildings_building"));
    }

    [ProviderTheory]
    [InlineData("""{"code":"A1","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":"yes","grossArea":10,"yearBuilt":2000}""")]
    [InlineData("""{"code":"A1","name":"楼","address":"路","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":"big","yearBuilt":2000}""")]
    public async Task Wrong_types_are_400_malformed(string body)
    {
        await (await Client.PostRawAsync(Root, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    [ProviderTheory]
    [InlineData("Rented")]
    [InlineData("owned")]
    public async Task Unknown_enum_names_are_400_naming_the_member(string ownership)
    {
        var body = $$"""{"code":"A1","name":"楼","address":"路","ownership":"{{ownership}}","titleRegisteredToBureau":true,"grossArea":10,"yearBuilt":2000}""";
        Assert.Contains("ownership:request.enum-invalid", (await (await Client.PostRawAsync(Root, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task Over_long_names_are_400()
    {
        var body = new { code = "X1", name = new string('楼', 201), address = "路", ownership = "Owned", titleRegisteredToBureau = true, grossArea = 10, yearBuilt = 2000 };
        var problem = await (await Client.PostJsonAsync(Root, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("name:field.too-long", problem.FieldErrors());
    }

    [ProviderFact]
    public async Task Rooms_have_types_areas_and_unique_numbers_per_building()
    {
        var building = await Setup.BuildingAsync();
        var floor = await Setup.FloorAsync(building.Id);
        var room = await Setup.RoomAsync(floor.Id, number: "305", type: "Office", area: 18.25m, capacity: 1);
        Assert.Equal(18.25m, room.UsableArea);
        Assert.Equal(RoomType.Office, room.Type);
        Assert.Equal(building.Id, room.BuildingId);
        await (await Client.PostJsonAsync($"{Root}/rooms", new { floorId = floor.Id, number = "305", type = "Service", usableArea = 10, capacity = 1, bookable = false, requiresApproval = false }))
            .ProblemAsync(HttpStatusCode.Conflict, "buildings.room-number-taken");
        var list = await (await Client.GetAsync($"{Root}/rooms?buildingId={building.Id}")).ReadAsync<PagedResult<RoomResponse>>();
        Assert.Equal(1, list.TotalCount);
        var floors = await (await Client.GetAsync($"{Root}/{building.Id}/floors")).ReadAsync<List<FloorResponse>>();
        Assert.Single(floors);
        await (await Client.PostJsonAsync($"{Root}/{building.Id}/floors", new { label = "3F", level = 3 })).ProblemAsync(HttpStatusCode.Conflict, "buildings.floor-label-taken");
    }

    [ProviderTheory]
    [InlineData("usableArea", 0, "Office")]
    [InlineData("usableArea", -1, "Office")]
    [InlineData("capacity", -1, "Office")]
    public async Task Invalid_room_fields_are_400(string field, decimal value, string type)
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var body = new Dictionary<string, object?>
        {
            ["floorId"] = floor.Id, ["number"] = "1", ["type"] = type, ["usableArea"] = 10m, ["capacity"] = 1, ["bookable"] = false, ["requiresApproval"] = false,
        };
        body[field] = value;
        var problem = await (await Client.PostJsonAsync($"{Root}/rooms", body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(problem.FieldErrors(), e => e.StartsWith(field + ":", StringComparison.Ordinal));
        Assert.Equal(0, await fixture.CountAsync("buildings_room", "floor_id = @Id", new { floor.Id }));
    }

    [ProviderFact]
    public async Task A_room_on_an_unknown_floor_or_of_an_unknown_type_is_400()
    {
        var problem = await (await Client.PostJsonAsync($"{Root}/rooms", new { floorId = Guid.NewGuid(), number = "1", type = "Office", usableArea = 10, capacity = 1, bookable = false, requiresApproval = false }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("floorId:buildings.floor-ref-not-found", problem.FieldErrors());
        Assert.Contains("type:request.enum-invalid", (await (await Client.PostRawAsync($"{Root}/rooms", $$"""{"floorId":"{{Guid.NewGuid()}}","number":"1","type":"Kitchen","usableArea":10,"capacity":1,"bookable":false,"requiresApproval":false}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task Space_is_retired_with_a_date_never_deleted()
    {
        var building = await Setup.BuildingAsync();
        var floor = await Setup.FloorAsync(building.Id);
        var room = await Setup.RoomAsync(floor.Id);
        await (await Client.PostJsonAsync($"{Root}/{building.Id}/retire", new { retiredOn = "2026-12-31", reason = "拆除" }))
            .ProblemAsync(HttpStatusCode.Conflict, "buildings.building-has-active-rooms");
        var retired = await (await Client.PostJsonAsync($"{Root}/rooms/{room.Id}/retire", new { retiredOn = "2026-12-31", reason = "改造" })).ReadAsync<RoomResponse>();
        Assert.Equal(SpaceStatus.Retired, retired.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), retired.RetiredOn);
        await (await Client.PostJsonAsync($"{Root}/rooms/{room.Id}/retire", new { retiredOn = "2026-12-31", reason = "改造" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.already-retired");
        var b = await (await Client.PostJsonAsync($"{Root}/{building.Id}/retire", new { retiredOn = "2026-12-31", reason = "拆除" })).ReadAsync<BuildingResponse>();
        Assert.Equal(SpaceStatus.Retired, b.Status);
        Assert.Equal(1, await fixture.CountAsync("buildings_room", "id = @Id", new { room.Id }));
        await (await Client.PostJsonAsync($"{Root}/{building.Id}/floors", new { label = "9F", level = 9 })).ProblemAsync(HttpStatusCode.Conflict, "buildings.building-retired");
        await (await Client.PostJsonAsync($"{Root}/rooms/{Guid.NewGuid()}/retire", new { retiredOn = "2026-12-31", reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "buildings.room-not-found");
        await (await Client.PostJsonAsync($"{Root}/rooms/{room.Id}/retire", new { reason = "x" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
    }

    [ProviderFact]
    public async Task Unknown_ids_are_404_and_bad_list_parameters_400()
    {
        await (await Client.GetAsync($"{Root}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.building-not-found");
        await (await Client.GetAsync($"{Root}/rooms/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.room-not-found");
        await (await Client.GetAsync($"{Root}/{Guid.NewGuid()}/floors")).ProblemAsync(HttpStatusCode.NotFound, "buildings.building-not-found");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Root}?status=Demolished")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}?sort=height")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("type:request.enum-invalid", (await (await Client.GetAsync($"{Root}/rooms?type=Kitchen")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/rooms?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task The_contracts_queries_give_a_room_with_its_building_and_the_rooms_of_a_building()
    {
        var building = await Setup.BuildingAsync();
        var floor = await Setup.FloorAsync(building.Id);
        var b = await Setup.RoomAsync(floor.Id, number: "B2", type: "Equipment", area: 8.5m, capacity: 0);
        var a = await Setup.RoomAsync(floor.Id, number: "A1", type: "Office", area: 18m, capacity: 1);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
        var room = await mediator.Send(new GetRoomQuery(b.Id));
        Assert.NotNull(room);
        Assert.Equal(building.Code, room.BuildingCode);
        Assert.Equal(building.Name, room.BuildingName);
        Assert.Equal(RoomType.Equipment, room.Type);
        Assert.Equal(8.50m, room.UsableArea);
        Assert.Null(await mediator.Send(new GetRoomQuery(Guid.NewGuid())));
        var rooms = await mediator.Send(new ListRoomsOfBuildingQuery(building.Id));
        Assert.Equal(["A1", "B2"], rooms.Select(r => r.Number));
        Assert.Empty(await mediator.Send(new ListRoomsOfBuildingQuery(Guid.NewGuid())));
    }
}
