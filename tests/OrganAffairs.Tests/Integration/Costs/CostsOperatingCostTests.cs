using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using OrganAffairs.Tests.Integration.Energy;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The operating cost (机关运行成本, issue 22 item 6): derived figures from Buildings, Energy, Organs and the ledger, entered ones, ratios.</summary>
public abstract class CostsOperatingCostTests(ApiFixture fixture)
{
    private const string Url = CostsSetup.Root + "/operating-costs";
    private HttpClient Admin => fixture.Client;

    internal static object Entries(decimal rent = 10_000m, decimal propertyFees = 3_000m, decimal repairs = 1_500.50m, decimal energyBills = 2_000m, decimal logistics = 800m) =>
        new { rent, propertyFees, repairs, energyBills, logisticsServices = logistics, note = "2026 年度录入" };

    private Task<HttpResponseMessage> PutAsync(HttpClient client, Guid organId, object body, string? ifMatch, int year = 2026) =>
        client.SendAsync(Http.Request(HttpMethod.Put, $"{Url}/{organId}/{year}/entries", System.Text.Json.JsonSerializer.Serialize(body, Http.Json), ifMatch: ifMatch));

    private static async Task<OrganResponse> OrganAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市某局",
            divisionCode = "320100",
            unifiedSocialCreditCode = TestData.Uscc("320100"),
            level = "Municipal",
            type = "GovernmentDepartment",
            headcount = new object[] { new { rankCode = "BelowBureau", approved = 5 }, new { rankCode = "BureauDeputy", approved = 1 } },
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private static async Task StaffAsync(HttpClient client, Guid organId, string startedOn) =>
        await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "王科员", organId, rankCode = "BelowBureau", postTitle = "科员", startedOn }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

    private static async Task RoomAsync(HttpClient client, Guid organId, string type, decimal area)
    {
        var setup = new BuildingsSetup(client);
        var room = await setup.RoomAsync((await setup.FloorAsync((await setup.BuildingAsync()).Id)).Id, type: type, area: area);
        await (await client.PostJsonAsync(BuildingsSetup.Root + "/allocations", new
        {
            roomId = room.Id, organId, route = "Reallocation", agreementNumber = "协议", certificateNumber = "凭证", effectiveFrom = "2020-01-01",
            exceptionApprovalReference = "批准〔2020〕1号",
        })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
    }

    private static OperatingCostFigure Figure(OperatingCostResponse cost, OperatingCostItem item) => cost.Figures.Single(f => f.Item == item);

    [ProviderFact]
    public async Task An_organs_year_end_to_end_equals_the_hand_computed_figures()
    {
        var organ = await OrganAsync(Admin);
        await StaffAsync(Admin, organ.Id, "2020-01-01");
        await StaffAsync(Admin, organ.Id, "2026-12-31");
        await StaffAsync(Admin, organ.Id, "2027-01-05");
        await RoomAsync(Admin, organ.Id, "Office", 24.00m);
        await RoomAsync(Admin, organ.Id, "Service", 16.50m);
        var institution = await (await Admin.PostJsonAsync($"{EnergySetup.Root}/institutions", new { organId = organ.Id, name = "市某局", directoryCode = EnergySetup.DirectoryCode() }))
            .ReadAsync<InstitutionResponse>(HttpStatusCode.Created);
        var meter = await EnergySetup.MeterAsync(Admin, institution.Id);
        await EnergySetup.RecordAsync(Admin, meter.Id, "2026-03-01T10:00:00+08:00", 1000m);
        await EnergySetup.RecordAsync(Admin, meter.Id, "2025-03-01T10:00:00+08:00", 500m);

        // The ledger: a reception cost delivered twice and corrected, a vehicle cost, nothing outbound.
        var original = ReceptionCost(organ.Id, 123_456);
        await DeliverAsync(fixture.Factory, original);
        await DeliverAsync(fixture.Factory, original);
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 120_000, sourceId: original.SourceId, correctsEventId: original.EventId, differenceFen: -3_456));
        await DeliverAsync(fixture.Factory, new VehicleCostRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), organ.Id, CostKind.Repair,
            VehicleCostRecorded.OperationLine, 50_000, new DateOnly(2026, 9, 1), null, null));

        var before = await Admin.GetAsync($"{Url}/{organ.Id}/2026");
        Assert.Equal("\"0\"", before.Headers.ETag?.Tag);
        var empty = await before.ReadAsync<OperatingCostResponse>();
        Assert.Equal((0L, 1_700.00m), (empty.Version, empty.Total));

        var cost = await (await PutAsync(Admin, organ.Id, Entries(), "\"0\"")).ReadAsync<OperatingCostResponse>();
        // Hand-computed: money 10,000 + 3,000 + 1,500.50 (entered office space) + 500 + 0 (vehicles) + 2,000 (energy bills)
        // + 1,200 (reception 1,234.56 − 34.56) + 0 (outbound) + 800 (logistics, entered) = 19,000.50; staff in post on 31 December 2;
        // area 24.00 + 16.50 = 40.50 m²; per person 1,900,050 ÷ 2 = 950,025 fen; per m² 190,005,000 ÷ 4,050 = 46,914.8… → 46,915 fen.
        Assert.Equal((1L, 19_000.50m, 9_500.25m, 469.15m), (cost.Version, cost.Total, cost.PerPerson, cost.PerSquareMetre));
        Assert.Equal((40.50m, FigureOrigin.Derived), (Figure(cost, OperatingCostItem.OfficeArea).Value, Figure(cost, OperatingCostItem.OfficeArea).Origin));
        Assert.Equal((1_500.50m, FigureOrigin.Entered), (Figure(cost, OperatingCostItem.Repairs).Value, Figure(cost, OperatingCostItem.Repairs).Origin));
        Assert.Equal((500.00m, FigureOrigin.Derived), (Figure(cost, OperatingCostItem.VehicleOperation).Value, Figure(cost, OperatingCostItem.VehicleOperation).Origin));
        Assert.Equal(1_200.00m, Figure(cost, OperatingCostItem.Reception).Value);
        Assert.Equal(0m, Figure(cost, OperatingCostItem.OutboundVisit).Value);
        Assert.Equal(122.9m, Figure(cost, OperatingCostItem.EnergyKgce).Value);
        Assert.Contains(institution.Id.ToString(), Figure(cost, OperatingCostItem.EnergyKgce).Source, StringComparison.Ordinal);
        Assert.Equal((800m, FigureOrigin.Entered), (Figure(cost, OperatingCostItem.LogisticsServices).Value, Figure(cost, OperatingCostItem.LogisticsServices).Origin));
        // What Logistics records for the organ (none here; LogisticsCostTests computes the query's figures) is a derived figure beside it.
        Assert.Equal((0m, FigureOrigin.Derived), (Figure(cost, OperatingCostItem.LogisticsRecorded).Value, Figure(cost, OperatingCostItem.LogisticsRecorded).Origin));
        Assert.Contains("GetLogisticsServiceCostsQuery", Figure(cost, OperatingCostItem.LogisticsRecorded).Source);
        Assert.Equal((2m, 6m), (Figure(cost, OperatingCostItem.StaffInPost).Value, Figure(cost, OperatingCostItem.ApprovedHeadcount).Value));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'CostsOperatingCost' AND organ_id = @Id", new { organ.Id }));

        // A stale If-Match is 412 and changes nothing; the current one replaces the figures.
        await (await PutAsync(Admin, organ.Id, Entries(rent: 1m), "\"0\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await PutAsync(Admin, organ.Id, Entries(rent: 1m), null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        var again = await (await PutAsync(Admin, organ.Id, Entries(rent: 0m), "\"1\"")).ReadAsync<OperatingCostResponse>();
        Assert.Equal((2L, 9_000.50m), (again.Version, again.Total));

        // CSV: the figures and the totals.
        var csv = await (await Admin.GetAsync($"{Url}/{organ.Id}/2026?format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("OfficeSpace,OfficeArea,40.50,m2,Derived,", csv, StringComparison.Ordinal);
        Assert.Contains("Total,Total,9000.50,CNY,Derived,", csv, StringComparison.Ordinal);

        // The feed for Guidance's survey: the same figures for a list of organs, one query.
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        var other = await OrganAsync(Admin);
        var feed = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetOperatingCostsQuery([organ.Id, other.Id], 2026));
        Assert.Equal([organ.Id, other.Id], feed.Select(f => f.OrganId));
        Assert.Equal((9_000.50m, 0m, (decimal?)null), (feed[0].Total, feed[1].Total, feed[1].PerPerson));
        Assert.Null(Figure(feed[1], OperatingCostItem.EnergyKgce).Value);
    }

    [ProviderTheory]
    [InlineData("""{"rent":-1,"propertyFees":0,"repairs":0,"energyBills":0,"logisticsServices":0}""", "rent:costs.money-invalid")]
    [InlineData("""{"rent":1.005,"propertyFees":0,"repairs":0,"energyBills":0,"logisticsServices":0}""", "rent:costs.money-invalid")]
    [InlineData("""{"rent":0,"propertyFees":100000000.01,"repairs":0,"energyBills":0,"logisticsServices":0}""", "propertyFees:costs.money-invalid")]
    [InlineData("""{"rent":0,"propertyFees":0,"repairs":0,"energyBills":"x","logisticsServices":0}""", "", "request.malformed")]
    [InlineData("""{"rent":0,"propertyFees":0,"repairs":0,"energyBills":0}""", "", "request.member-missing")]
    public async Task Bad_entries_are_400_and_write_nothing(string body, string fieldError, string code = "request.invalid")
    {
        var organ = await OrganAsync(Admin);
        var problem = await (await Admin.SendAsync(Http.Request(HttpMethod.Put, $"{Url}/{organ.Id}/2026/entries", body, ifMatch: "\"0\"")))
            .ProblemAsync(HttpStatusCode.BadRequest, code);
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(0, await fixture.CountAsync("costs_operating_entry", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task An_organ_sees_and_enters_its_own_operating_cost_only()
    {
        var own = await OrganAsync(Admin);
        var other = await OrganAsync(Admin);
        Assert.Contains("year:costs.year-invalid", (await (await Admin.GetAsync($"{Url}/{own.Id}/1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.GetAsync($"{Url}/{Guid.NewGuid()}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        var key = (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "财务系统", organId = own.Id, scopes = new[] { "costs.read", "costs.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var client = fixture.ClientFor(fixture.Factory, key);
        await (await client.GetAsync($"{Url}/{own.Id}/2026")).ReadAsync<OperatingCostResponse>();
        await (await PutAsync(client, own.Id, Entries(), "\"0\"")).ReadAsync<OperatingCostResponse>();
        await (await client.GetAsync($"{Url}/{other.Id}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await PutAsync(client, other.Id, Entries(), "\"0\"")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        Assert.Equal(0, await fixture.CountAsync("costs_operating_entry", "organ_id = @Id", new { other.Id }));
    }

    [ProviderFact]
    public async Task Two_first_entries_at_once_write_one_and_answer_the_other_412()
    {
        var organ = await OrganAsync(Admin);
        var second = fixture.ClientFor(fixture.CreateFactory());
        var answers = await Task.WhenAll(PutAsync(Admin, organ.Id, Entries(rent: 1m), "\"0\""), PutAsync(second, organ.Id, Entries(rent: 2m), "\"0\""));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(1, await fixture.CountAsync("costs_operating_entry", "organ_id = @Id AND version = 1", new { organ.Id }));
    }
}
