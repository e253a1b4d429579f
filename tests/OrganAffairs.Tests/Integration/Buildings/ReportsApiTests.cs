using System.Net;
using System.Text;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

public abstract class BuildingsReportsApiTests(ApiFixture fixture)
{
    private const string Reports = BuildingsSetup.Root + "/reports";
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    private async Task<(OrganResponse Organ, StaffMemberResponse Leader, RoomResponse Office, RoomResponse Spare, BuildingResponse Building)> ScenarioAsync()
    {
        var organ = await Setup.OrganAsync();
        var building = await Setup.BuildingAsync();
        var floor = await Setup.FloorAsync(building.Id);
        var office = await Setup.RoomAsync(floor.Id, number: "501", area: 43.00m);
        var spare = await Setup.RoomAsync(floor.Id, number: "502", area: 12.50m);
        var meeting = await Setup.RoomAsync(floor.Id, number: "503", type: "Service", area: 80m, capacity: 20, bookable: true);
        await Setup.RoomAsync(floor.Id, number: "504", area: 15m);
        foreach (var room in new[] { office, spare, meeting })
        {
            await (await Client.PostJsonAsync(BuildingsSetup.Root + "/allocations", new
            {
                roomId = room.Id, organId = organ.Id, route = "Reallocation", agreementNumber = "协议,1", certificateNumber = "=凭证", effectiveFrom = "2020-01-01",
            })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        }
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/approved-areas", new { organId = organ.Id, officeArea = 50m, approvalReference = "核定", effectiveFrom = "2020-01-01" }))
            .ReadAsync<ApprovedAreaResponse>(HttpStatusCode.Created);
        var leader = await (await Client.PostJsonAsync("/api/v1/organs/staff", new { name = "赵市长", organId = organ.Id, rankCode = "MunicipalPrincipal", postTitle = "市长", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/assignments", new { roomId = office.Id, staffMemberId = leader.Id, startedOn = "2020-01-01", exceptionApprovalReference = "机关事务〔2020〕7号" }))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        return (organ, leader, office, spare, building);
    }

    [ProviderFact]
    public async Task The_organ_summary_compares_approved_and_allocated_area_by_type_in_json_and_csv()
    {
        var (organ, _, _, _, _) = await ScenarioAsync();
        var rows = await (await Client.GetAsync($"{Reports}/organ-areas?on=2026-01-01")).ReadAsync<List<OrganAreaReportRow>>();
        var row = rows.Single(r => r.OrganId == organ.Id);
        Assert.Equal(50m, row.ApprovedOfficeArea);
        Assert.Equal(55.50m, row.OfficeArea);
        Assert.Equal(80m, row.ServiceArea);
        Assert.Equal(5.50m, row.OverBy);
        Assert.True(row.OverStandard);

        var csv = await Client.GetAsync($"{Reports}/organ-areas?on=2026-01-01&format=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("organId,organName,on,approvedOfficeArea,officeArea,serviceArea,equipmentArea,ancillaryArea,overBy,overStandard\r\n", text);
        Assert.Contains($"{organ.Id},市机关事务管理局,2026-01-01,50.00,55.50,80.00,0.00,0.00,5.50,true", text);

        // Accept: text/csv without a format is CSV too, as in every module's reports; format=Json wins over Accept.
        var accepted = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{Reports}/organ-areas?on=2026-01-01") { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal("text/csv", accepted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, Encoding.UTF8.GetString((await accepted.Content.ReadAsByteArrayAsync())[3..]));
        var json = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{Reports}/organ-areas?on=2026-01-01&format=Json") { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    [ProviderFact]
    public async Task The_publication_lists_each_room_with_its_occupants_and_escapes_csv()
    {
        var (organ, leader, office, spare, building) = await ScenarioAsync();
        var rows = await (await Client.GetAsync($"{Reports}/publication?year=2025&organId={organ.Id}")).ReadAsync<List<PublicationRow>>();
        Assert.Equal(3, rows.Count);
        Assert.Equal("赵市长（市级正职）", rows.Single(r => r.RoomNumber == office.Number).Occupants);
        Assert.Equal("", rows.Single(r => r.RoomNumber == spare.Number).Occupants);
        var text = await (await Client.GetAsync($"{Reports}/publication?year=2025&organId={organ.Id}&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{building.Code},市级机关第一办公楼,501,Office,43.00,\"协议,1\",'=凭证,赵市长（市级正职）", text);
        await (await Client.GetAsync($"{Reports}/publication?year=1900")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/publication")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-missing");
        Assert.Contains("format:request.enum-invalid", (await (await Client.GetAsync($"{Reports}/publication?year=2025&format=Xml")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Reports}/publication?year=2025&format=2")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task The_filing_of_a_past_year_uses_the_rank_held_on_its_date()
    {
        var (organ, leader, office, _, _) = await ScenarioAsync();
        // The mayor becomes a non-leading rank today: the filing for 2025 keeps the rank held on 31 December 2025.
        var changed = await (await Client.PutJsonAsync($"/api/v1/organs/staff/{leader.Id}", new { name = leader.Name, rankCode = "BelowBureau", postTitle = "科员" }, "\"1\""))
            .ReadAsync<StaffMemberResponse>();
        Assert.Equal("BelowBureau", changed.RankCode);
        var past = Assert.Single(await (await Client.GetAsync($"{Reports}/leader-offices?year=2025&organId={organ.Id}")).ReadAsync<List<LeaderOfficeRow>>());
        Assert.Equal(("MunicipalPrincipal", 42.00m), (past.RankCode, past.EntitledArea));
        Assert.Equal(office.Number, past.RoomNumber);
        var thisYear = await (await Client.GetAsync($"{Reports}/leader-offices?year={DateTime.UtcNow.Year}&organId={organ.Id}")).ReadAsync<List<LeaderOfficeRow>>();
        Assert.Empty(thisYear);
    }

    [ProviderFact]
    public async Task The_filing_lists_leaders_offices_against_the_standard()
    {
        var (organ, leader, office, _, _) = await ScenarioAsync();
        var rows = await (await Client.GetAsync($"{Reports}/leader-offices?year=2025&organId={organ.Id}")).ReadAsync<List<LeaderOfficeRow>>();
        var row = Assert.Single(rows);
        Assert.Equal(leader.Id, row.StaffMemberId);
        Assert.Equal(office.Number, row.RoomNumber);
        Assert.Equal(43.00m, row.OccupiedArea);
        Assert.Equal(42.00m, row.EntitledArea);
        Assert.True(row.OverStandard);
        var text = await (await Client.GetAsync($"{Reports}/leader-offices?year=2025&organId={organ.Id}&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains(",43.00,42.00,true", text);
    }

    [ProviderFact]
    public async Task Vacant_rooms_are_unallocated_or_empty_offices_and_an_organ_sees_only_its_own()
    {
        var (organ, _, office, spare, building) = await ScenarioAsync();
        var rows = await (await Client.GetAsync($"{Reports}/vacant-rooms")).ReadAsync<List<VacantRoomRow>>();
        var mine = rows.Where(r => r.BuildingCode == building.Code).ToList();
        Assert.Equal(["502", "504"], mine.Select(r => r.RoomNumber));
        Assert.Equal(Vacancy.Unoccupied, mine[0].Vacancy);
        Assert.Equal(organ.Id, mine[0].OrganId);
        Assert.Equal(Vacancy.Unallocated, mine[1].Vacancy);

        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位", organId = organ.Id, scopes = new[] { "buildings.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var organClient = fixture.ClientFor(fixture.Factory, key.Key);
        var seen = await (await organClient.GetAsync($"{Reports}/vacant-rooms")).ReadAsync<List<VacantRoomRow>>();
        Assert.All(seen, r => Assert.Equal(organ.Id, r.OrganId));
        Assert.Contains(seen, r => r.RoomId == spare.Id);
        var areas = await (await organClient.GetAsync($"{Reports}/organ-areas")).ReadAsync<List<OrganAreaReportRow>>();
        Assert.All(areas, r => Assert.Equal(organ.Id, r.OrganId));
        await (await Client.GetAsync($"{Reports}/vacant-rooms?on=31/12/2025")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
    }
}
