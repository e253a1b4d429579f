using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class VehiclesApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/vehicles";
    private HttpClient Client => fixture.Client;

    internal static async Task<OrganResponse> OrganWithQuotaAsync(HttpClient client, int perCategory = 5, string division = "320100", string level = "Municipal")
    {
        var organ = await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市某局",
            divisionCode = division,
            unifiedSocialCreditCode = TestData.Uscc(division),
            level,
            type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var quotas = Enum.GetNames<VehicleCategory>().Select(c => new { category = c, approved = perCategory }).ToArray();
        await (await client.PutJsonAsync($"{Url}/quotas/{organ.Id}", new { quotas }, null)).ReadAsync<QuotaResponse>();
        return organ;
    }

    private Task<OrganResponse> OrganAsync(int perCategory = 5, string division = "320100", string level = "Municipal") => OrganWithQuotaAsync(Client, perCategory, division, level);

    private async Task<VehicleResponse> RegisterAsync(object body) =>
        await (await Client.PostJsonAsync(Url, body)).ReadAsync<VehicleResponse>(HttpStatusCode.Created);

    private async Task<StaffMemberResponse> StaffAsync(Guid organId, string rank) =>
        await (await Client.PostJsonAsync("/api/v1/organs/staff", new { name = "李四", organId, rankCode = rank, postTitle = "职务", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task Register_get_list_and_update_a_vehicle()
    {
        var organ = await OrganAsync();
        var response = await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, price: 149_800.5m));
        var vehicle = await response.ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal(149_800.50m, vehicle.PurchasePrice);
        Assert.Equal(1.5m, vehicle.EngineDisplacementLitres);
        Assert.Equal(VehicleStatus.Available, vehicle.Status);
        Assert.Equal("EmergencySupport", vehicle.PurchaseStandardCode);
        Assert.Equal(14_980_050, await ScalarAsync("SELECT purchase_price_fen FROM vehicles_vehicle WHERE id = @Id", vehicle.Id));

        var read = await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>();
        Assert.Equal(vehicle.Plate, read.Plate);
        var list = await (await Client.GetAsync($"{Url}?organId={organ.Id}")).ReadAsync<PagedResult<VehicleResponse>>();
        Assert.Equal(vehicle.Id, Assert.Single(list.Items).Id);

        var update = new { brand = "红旗", model = "H5 改", status = "Maintenance", assignedLeaderId = (Guid?)null };
        await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", update, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var updated = await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", update, "\"1\"")).ReadAsync<VehicleResponse>();
        Assert.Equal(VehicleStatus.Maintenance, updated.Status);
        await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", update, "\"1\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var bad = await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", update with { status = "Disposed" }, "\"2\"")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("status:vehicles.status-not-settable", bad.FieldErrors());
        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { vehicle.Id }) >= 2);
    }

    [ProviderTheory]
    [InlineData("""{"vin":"1M8GDM9A1KP042788"}""", "vin:vehicles.vin-check-failed")]
    [InlineData("""{"vin":"1M8GDM9AXKP04278"}""", "vin:vehicles.vin-invalid")]
    [InlineData("""{"vin":"IM8GDM9AXKP042788"}""", "vin:vehicles.vin-invalid")]
    [InlineData("""{"plate":"苏I12345"}""", "plate:vehicles.plate-invalid")]
    [InlineData("""{"plate":"苏A1234"}""", "plate:vehicles.plate-invalid")]
    [InlineData("""{"plate":"苏AD12345"}""", "plate:vehicles.plate-energy-mismatch")]
    [InlineData("""{"energyType":"BatteryElectric","plate":"苏AD54321"}""", "engineDisplacementLitres:vehicles.displacement-invalid")]
    [InlineData("""{"engineDisplacementLitres":null}""", "engineDisplacementLitres:vehicles.displacement-invalid")]
    [InlineData("""{"purchasePrice":1000.001}""", "purchasePrice:vehicles.amount-invalid")]
    [InlineData("""{"purchasePrice":-1}""", "purchasePrice:vehicles.amount-invalid")]
    [InlineData("""{"seats":1}""", "seats:field.out-of-range")]
    [InlineData("""{"brand":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "brand:field.too-long")]
    [InlineData("""{"organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", "organId:vehicles.organ-ref-not-found")]
    [InlineData("""{"category":"Limousine"}""", "category:request.enum-invalid")]
    [InlineData("""{"origin":null}""", "origin:field.required")]
    [InlineData("""{"origin":"Foreign"}""", "origin:request.enum-invalid")]
    [InlineData("""{"origin":"Imported","domesticBrand":true}""", "domesticBrand:field.invalid")]
    [InlineData("""{"origin":"DomesticBrand","domesticBrand":false}""", "domesticBrand:field.invalid")]
    [InlineData("""{"category":"sedan"}""", "category:request.enum-invalid")]
    [InlineData("""{"seats":"five"}""", "")]
    [InlineData("""{"purchasedOn":"2026-02-30"}""", "")]
    public async Task Bad_vehicle_input_is_400_and_writes_nothing(string overrides, string fieldError)
    {
        var organ = await OrganAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(VehicleTestData.Vehicle(organ.Id), Http.Json))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(overrides)!.AsObject().ToList())
        {
            body[key] = value?.DeepClone();
        }
        var before = await fixture.CountAsync("vehicles_vehicle");
        var response = await Client.PostRawAsync(Url, body.ToJsonString());
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(before, await fixture.CountAsync("vehicles_vehicle"));
    }

    [ProviderFact]
    public async Task Plate_and_vin_are_unique()
    {
        var organ = await OrganAsync();
        var first = await RegisterAsync(VehicleTestData.Vehicle(organ.Id));
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, plate: first.Plate))).ProblemAsync(HttpStatusCode.Conflict, "vehicles.plate-taken");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, vin: first.Vin))).ProblemAsync(HttpStatusCode.Conflict, "vehicles.vin-taken");
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Registering_beyond_the_quota_is_422_naming_the_rule()
    {
        var organ = await OrganAsync(perCategory: 1);
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, category: "Other"));
        var problem = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, category: "Other"))).ProblemAsync((HttpStatusCode)422, "vehicles.over-quota");
        Assert.Contains("vehicle-quota Other", problem.GetProperty("detail").GetString());
        // Another category still has room.
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, category: "EmergencySupport"));
        var quota = await (await Client.GetAsync($"{Url}/quotas/{organ.Id}")).ReadAsync<QuotaResponse>();
        Assert.Equal(1, quota.Items.Single(i => i.Category == VehicleCategory.Other).InUse);
        Assert.Equal(2, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderTheory]
    [InlineData("EmergencySupport", 180_000.00, 1.8, null, "EmergencySupport")]
    [InlineData("Other", 180_000.00, 1.8, null, "Other")]
    [InlineData("ConfidentialCourier", 120_000.00, 1.6, null, "ConfidentialCourier")]
    [InlineData("LawEnforcement", 120_000.00, 1.6, null, "LawEnforcement")]
    [InlineData("LawEnforcement", 180_000.00, 1.8, "批复〔2026〕1号", "LawEnforcementWorkNeed")]
    [InlineData("LawEnforcement", 120_000.00, 1.601, "批复〔2026〕1号", "LawEnforcementWorkNeed")]
    public async Task At_the_cap_passes(string category, double price, double litres, string? approval, string standard)
    {
        var organ = await OrganAsync();
        var vehicle = await RegisterAsync(VehicleTestData.Vehicle(organ.Id, category, (decimal)price, (decimal)litres, approval: approval));
        Assert.Equal(standard, vehicle.PurchaseStandardCode);
    }

    [ProviderTheory]
    [InlineData("EmergencySupport", 180_000.01, 1.8, null, "EmergencySupport: ≤ 180000.00 CNY, ≤ 1.8 L")]
    [InlineData("EmergencySupport", 180_000.00, 1.801, null, "EmergencySupport: ≤ 180000.00 CNY, ≤ 1.8 L")]
    [InlineData("ConfidentialCourier", 120_000.01, 1.6, null, "ConfidentialCourier: ≤ 120000.00 CNY, ≤ 1.6 L")]
    [InlineData("LawEnforcement", 120_000.01, 1.6, null, "LawEnforcement: ≤ 120000.00 CNY")]
    [InlineData("LawEnforcement", 180_000.01, 1.8, "批复〔2026〕1号", "LawEnforcementWorkNeed: ≤ 180000.00 CNY, ≤ 1.8 L")]
    [InlineData("ConfidentialCourier", 120_000.00, 1.601, null, "ConfidentialCourier: ≤ 120000.00 CNY, ≤ 1.6 L")]
    [InlineData("LawEnforcement", 120_000.00, 1.601, null, "LawEnforcement: ≤ 120000.00 CNY, ≤ 1.6 L")]
    [InlineData("LawEnforcement", 180_000.00, 1.801, "批复〔2026〕1号", "LawEnforcementWorkNeed: ≤ 180000.00 CNY, ≤ 1.8 L")]
    [InlineData("Other", 180_000.00, 1.801, null, "Other: ≤ 180000.00 CNY, ≤ 1.8 L")]
    public async Task One_fen_or_one_millilitre_over_the_cap_fails(string category, double price, double litres, string? approval, string detail)
    {
        var organ = await OrganAsync();
        var response = await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, category, (decimal)price, (decimal)litres, approval: approval));
        var problem = await response.ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Contains("中办发〔2017〕71号", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderTheory]
    [InlineData("EmergencySupport", "Mpv", 7, "EmergencySupportMpv")]
    [InlineData("EmergencySupport", "OffRoad", 5, "EmergencySupportOffRoad")]
    [InlineData("EmergencySupport", "SmallMediumBus", 15, "EmergencySupportSmallMediumBus")]
    [InlineData("Other", "Mpv", 7, "OtherMpv")]
    [InlineData("Other", "OffRoad", 5, "OtherOffRoad")]
    [InlineData("Other", "SmallMediumBus", 15, "OtherSmallMediumBus")]
    public async Task Other_small_and_medium_passenger_cars_reach_250000_and_3_litres_with_approval(string category, string body, int seats, string standard)
    {
        // 中办发〔2017〕71号: "其他小型客车、中型客车" — MPVs and small off-road passenger cars as well as small and medium buses.
        var organ = await OrganAsync();
        object Car(decimal price, decimal litres, string? approval) => VehicleTestData.Vehicle(organ.Id, category, price, litres, body: body, seats: seats, approval: approval);
        Assert.Equal(standard, (await RegisterAsync(Car(250_000m, 3.0m, "批复〔2026〕3号"))).PurchaseStandardCode);
        var overPrice = await (await Client.PostJsonAsync(Url, Car(250_000.01m, 3.0m, "批复〔2026〕3号"))).ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        Assert.Contains("其他小型客车、中型客车", overPrice.GetProperty("detail").GetString());
        await (await Client.PostJsonAsync(Url, Car(250_000m, 3.001m, "批复〔2026〕3号"))).ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        // Without an approval reference the general 180,000 / 1.8 L cap applies, and the answer says a higher one needs approval.
        Assert.Equal(category, (await RegisterAsync(Car(180_000m, 1.8m, null))).PurchaseStandardCode);
        var unapproved = await (await Client.PostJsonAsync(Url, Car(180_000m, 1.801m, null))).ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        Assert.Contains("needs approvalReference", unapproved.GetProperty("detail").GetString());
        Assert.Equal(2, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task The_seeded_passenger_car_standards_cite_the_documents_wording()
    {
        var national = await (await Client.GetAsync($"{Url}/rules/purchase-standards?jurisdiction=national&on=2026-06-01")).ReadAsync<List<PurchaseStandardResponse>>();
        var special = national.Where(s => s.MaxPrice == 250_000m).ToList();
        Assert.Equal(
            ["EmergencySupportMpv", "EmergencySupportOffRoad", "EmergencySupportSmallMediumBus", "OtherMpv", "OtherOffRoad", "OtherSmallMediumBus"],
            special.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.All(special, s =>
        {
            Assert.Equal(3.0m, s.MaxEngineDisplacementLitres);
            Assert.True(s.NeedsApproval);
            Assert.Contains("其他小型客车、中型客车", s.Source);
            Assert.Equal(new DateOnly(2017, 12, 5), s.EffectiveFrom);
        });
    }

    [ProviderTheory]
    [InlineData("DomesticBrand", "BatteryElectric", "")]
    [InlineData("JointVenture", "BatteryElectric", "")]
    [InlineData("JointVenture", "Gasoline", "vehicles.not-new-energy")]
    [InlineData("Imported", "BatteryElectric", "vehicles.imported")]
    [InlineData("Imported", "Hybrid", "vehicles.imported,vehicles.not-new-energy")]
    public async Task The_origin_is_recorded_and_imported_or_not_new_energy_vehicles_are_flagged_with_V11(string origin, string energy, string flags)
    {
        var organ = await OrganAsync();
        var (litres, plate) = energy == "BatteryElectric" ? ((decimal?)null, VehicleTestData.NewEnergyPlate('D')) : (1.5m, VehicleTestData.Plate());
        var vehicle = await RegisterAsync(VehicleTestData.Vehicle(organ.Id, price: 150_000m, litres: litres, energy: energy, plate: plate, origin: origin));
        Assert.Equal(Enum.Parse<VehicleOrigin>(origin), vehicle.Origin);
#pragma warning disable CS0618 // the deprecated member still answers
        Assert.Equal(origin == "DomesticBrand", vehicle.DomesticBrand);
#pragma warning restore CS0618
        Assert.Equal(flags, string.Join(",", vehicle.Flags.Select(f => f.Code)));
        Assert.All(vehicle.Flags, f => Assert.Equal("V11", f.Rule));
        var read = await (await Client.GetAsync($"{Url}/{vehicle.Id}")).ReadAsync<VehicleResponse>();
        Assert.Equal(vehicle.Flags.Select(f => f.Code), read.Flags.Select(f => f.Code));
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "id = @Id AND origin = @Origin", new { vehicle.Id, Origin = origin }));
    }

    [ProviderTheory]
    [InlineData(true, "DomesticBrand", "vehicles.not-new-energy")]
    [InlineData(false, null, "vehicles.origin-unknown,vehicles.not-new-energy")]
    public async Task The_deprecated_domestic_brand_is_still_accepted(bool domesticBrand, string? origin, string flags)
    {
        var organ = await OrganAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(VehicleTestData.Vehicle(organ.Id), Http.Json))!.AsObject();
        body.Remove("origin");
        body["domesticBrand"] = domesticBrand;
        var vehicle = await (await Client.PostRawAsync(Url, body.ToJsonString())).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        Assert.Equal(origin is null ? null : Enum.Parse<VehicleOrigin>(origin), vehicle.Origin);
        Assert.Equal(flags, string.Join(",", vehicle.Flags.Select(f => f.Code)));
    }

    [ProviderFact]
    public async Task Special_buses_and_new_energy_sedans_have_their_own_caps()
    {
        var organ = await OrganAsync();
        // Large bus: up to 450,000 with an approval reference; without one the general cap applies.
        var bus = VehicleTestData.Vehicle(organ.Id, "Other", 450_000m, 6.7m, body: "LargeBus", seats: 45, approval: "批复〔2026〕2号");
        Assert.Equal("OtherLargeBus", (await RegisterAsync(bus)).PurchaseStandardCode);
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other", 450_000.01m, 6.7m, body: "LargeBus", seats: 45, approval: "批复〔2026〕2号")))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "Other", 400_000m, 6.7m, body: "LargeBus", seats: 45)))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        // Small/medium bus: 250,000 and 3.0 L with approval.
        Assert.Equal("EmergencySupportSmallMediumBus", (await RegisterAsync(VehicleTestData.Vehicle(organ.Id, "EmergencySupport", 250_000m, 3.0m, body: "SmallMediumBus", seats: 15, approval: "批复"))).PurchaseStandardCode);
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "EmergencySupport", 250_000.01m, 3.0m, body: "SmallMediumBus", seats: 15, approval: "批复")))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, "EmergencySupport", 250_000m, 3.001m, body: "SmallMediumBus", seats: 15, approval: "批复")))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        // New-energy sedan: 180,000 even for a confidential-courier car.
        var nev = VehicleTestData.Vehicle(organ.Id, "ConfidentialCourier", 180_000m, null, energy: "BatteryElectric", plate: VehicleTestData.NewEnergyPlate('D'));
        Assert.Equal("NewEnergySedan", (await RegisterAsync(nev)).PurchaseStandardCode);
        var nevOver = VehicleTestData.Vehicle(organ.Id, "ConfidentialCourier", 180_000.01m, null, energy: "BatteryElectric", plate: VehicleTestData.NewEnergyPlate('D'));
        await (await Client.PostJsonAsync(Url, nevOver)).ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
    }

    [ProviderFact]
    public async Task A_new_standard_version_for_a_jurisdiction_applies_from_its_start()
    {
        var organ = await OrganAsync(division: "330106");
        var standard = new
        {
            jurisdiction = "330100", code = "EmergencySupport", category = "EmergencySupport", bodyType = (string?)null, newEnergyOnly = false,
            maxPrice = 160_000m, maxEngineDisplacementLitres = 1.8m, needsApproval = false, effectiveFrom = "2026-01-01", source = "杭州市测试标准",
        };
        var created = await (await Client.PostJsonAsync($"{Url}/rules/purchase-standards", standard)).ReadAsync<PurchaseStandardResponse>(HttpStatusCode.Created);
        Assert.Equal(160_000m, created.MaxPrice);
        await (await Client.PostJsonAsync($"{Url}/rules/purchase-standards", standard)).ProblemAsync(HttpStatusCode.Conflict, "vehicles.rule-version-exists");
        var bad = await (await Client.PostJsonAsync($"{Url}/rules/purchase-standards", standard with { jurisdiction = "hangzhou" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("jurisdiction:vehicles.jurisdiction-invalid", bad.FieldErrors());

        // Bought after the local version: 160,000 is the cap; bought before it: the national 180,000.
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, price: 160_000m, purchasedOn: "2026-01-01"));
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, price: 160_000.01m, purchasedOn: "2026-01-01")))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, price: 170_000m, purchasedOn: "2025-12-31"));

        var inForce = await (await Client.GetAsync($"{Url}/rules/purchase-standards?jurisdiction=330106&on=2026-06-01")).ReadAsync<List<PurchaseStandardResponse>>();
        Assert.Equal("330100", inForce.Single(s => s.Code == "EmergencySupport").Jurisdiction);
        Assert.Equal("national", inForce.Single(s => s.Code == "Other").Jurisdiction);
        await (await Client.GetAsync($"{Url}/rules/purchase-standards?jurisdiction=abc")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_local_purchase_standard_may_tighten_the_national_cap_but_not_loosen_it()
    {
        // National EmergencySupport: 180,000 yuan and 1.8 L (中办发〔2017〕71号). Equal is not looser.
        object Standard(string jurisdiction, decimal maxPrice, decimal? litres, string from) => new
        {
            jurisdiction, code = "EmergencySupport", category = "EmergencySupport", bodyType = (string?)null, newEnergyOnly = false,
            maxPrice, maxEngineDisplacementLitres = litres, needsApproval = false, effectiveFrom = from, source = "省级测试标准",
        };
        var url = $"{Url}/rules/purchase-standards";
        var looser = await (await Client.PostJsonAsync(url, Standard("320000", 180_000.01m, 1.8m, "2027-01-01"))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["maxPrice:rules.looser-than-ceiling"], looser.FieldErrors());
        var noLimit = await (await Client.PostJsonAsync(url, Standard("320000", 180_000m, null, "2027-01-01"))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["maxEngineDisplacementLitres:rules.looser-than-ceiling"], noLimit.FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("vehicles_rule", "jurisdiction = @J", new { J = "320000" }));

        await (await Client.PostJsonAsync(url, Standard("320000", 170_000m, 1.8m, "2027-01-01"))).ReadAsync<PurchaseStandardResponse>(HttpStatusCode.Created);
        // A prefecture below the province is held to the province's tighter cap as well as the national one.
        await (await Client.PostJsonAsync(url, Standard("320100", 170_000.01m, 1.8m, "2027-01-01"))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        await (await Client.PostJsonAsync(url, Standard("320100", 170_000m, 1.6m, "2027-01-01"))).ReadAsync<PurchaseStandardResponse>(HttpStatusCode.Created);
        // Before the province's version starts, only the national cap applies.
        await (await Client.PostJsonAsync(url, Standard("320500", 175_000m, 1.8m, "2026-06-01"))).ReadAsync<PurchaseStandardResponse>(HttpStatusCode.Created);
        // The national version itself has nothing above it. When it tightens later, the effective cap is
        // the strictest along the chain: Nanjing's own 170,000 gives way to the national 160,000.
        await (await Client.PostJsonAsync(url, Standard("national", 160_000m, 1.8m, "2028-01-01"))).ReadAsync<PurchaseStandardResponse>(HttpStatusCode.Created);
        var organ = await OrganAsync(division: "320102");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, price: 160_000.01m, purchasedOn: "2028-02-01")))
            .ProblemAsync((HttpStatusCode)422, "vehicles.over-purchase-standard");
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, price: 160_000m, purchasedOn: "2028-02-01"));
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, price: 170_000m, purchasedOn: "2027-12-31"));
    }

    [ProviderFact]
    public async Task Plate_and_licence_rules_are_seeded_with_their_sources()
    {
        var plates = await (await Client.GetAsync($"{Url}/rules/plates?on=2026-06-01")).ReadAsync<List<PlateRuleResponse>>();
        var plate = Assert.Single(plates);
        Assert.DoesNotContain('I', plate.Letters);
        Assert.DoesNotContain('O', plate.Letters);
        Assert.Equal((7, 8), (plate.OrdinaryLength, plate.NewEnergyLength));
        var classes = await (await Client.GetAsync($"{Url}/rules/licence-classes?on=2026-06-01")).ReadAsync<List<LicenceClassResponse>>();
        Assert.Contains(BodyType.LargeBus, classes.Single(c => c.Code == "A1").BodyTypes);
        Assert.DoesNotContain(BodyType.SmallMediumBus, classes.Single(c => c.Code == "C1").BodyTypes);
        var bad = await (await Client.PostJsonAsync($"{Url}/rules/plates", new
        {
            jurisdiction = "national", provinces = "苏", letters = "ABCa", ordinaryLength = 7, newEnergyLength = 8,
            batteryElectricLetters = "D", otherNewEnergyLetters = "F", effectiveFrom = "2030-01-01", source = "测试",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("letters:vehicles.character-set-invalid", bad.FieldErrors());
    }

    [ProviderFact]
    public async Task A_local_plate_rule_version_changes_the_letters_from_its_start()
    {
        var organ = await OrganAsync(division: "350102");
        var plate = $"闽I{Random.Shared.Next(100_000):D5}";
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, plate: plate))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var rule = await (await Client.PostJsonAsync($"{Url}/rules/plates", new
        {
            jurisdiction = "350000", provinces = "闽", letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ", ordinaryLength = 7, newEnergyLength = 8,
            batteryElectricLetters = "D", otherNewEnergyLetters = "F", effectiveFrom = "2020-01-01", source = "测试：地方号牌规则",
        })).ReadAsync<PlateRuleResponse>(HttpStatusCode.Created);
        Assert.Equal("350000", rule.Jurisdiction);
        await RegisterAsync(VehicleTestData.Vehicle(organ.Id, plate: plate));
        // Elsewhere the national rule still applies.
        var other = await OrganAsync();
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(other.Id, plate: $"苏I{Random.Shared.Next(100_000):D5}"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_fixed_car_goes_only_to_a_rank_the_rule_allows_and_never_an_off_road_vehicle()
    {
        var organ = await OrganAsync(division: "320000", level: "Provincial");
        var leader = await StaffAsync(organ.Id, "ProvincialDeputy");
        var director = await StaffAsync(organ.Id, "DepartmentPrincipal");
        var car = await RegisterAsync(VehicleTestData.Vehicle(organ.Id, leaderId: leader.Id));
        Assert.Equal(leader.Id, car.AssignedLeaderId);
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, body: "OffRoad", leaderId: leader.Id)))
            .ProblemAsync((HttpStatusCode)422, "vehicles.off-road-leader-car");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, leaderId: director.Id)))
            .ProblemAsync((HttpStatusCode)422, "vehicles.not-a-leader");
        var other = await OrganAsync();
        var bad = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(other.Id, leaderId: leader.Id))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("assignedLeaderId:vehicles.leader-ref-not-found", bad.FieldErrors());
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Fixed_car_ranks_are_rule_data_from_provincial_ministerial_level_up()
    {
        // Just below the line: a municipal leader is a leader, but not of a fixed-car rank.
        var city = await OrganAsync();
        var mayor = await StaffAsync(city.Id, "MunicipalPrincipal");
        var problem = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(city.Id, leaderId: mayor.Id)))
            .ProblemAsync((HttpStatusCode)422, "vehicles.rank-without-fixed-car");
        Assert.Contains("V5", problem.GetProperty("detail").GetString());
        var vehicle = await RegisterAsync(VehicleTestData.Vehicle(city.Id));
        var update = new { brand = "红旗", model = "H5", status = "Available", assignedLeaderId = mayor.Id };
        await (await Client.PutJsonAsync($"{Url}/{vehicle.Id}", update, "\"1\"")).ProblemAsync((HttpStatusCode)422, "vehicles.rank-without-fixed-car");
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { city.Id }));

        var seeded = await (await Client.GetAsync($"{Url}/rules/fixed-car-ranks?jurisdiction=national&on=2026-01-01")).ReadAsync<IReadOnlyList<FixedCarRankResponse>>();
        Assert.Equal(
            ["Central/MinisterDeputy", "Central/MinisterPrincipal", "Provincial/ProvincialDeputy", "Provincial/ProvincialPrincipal"],
            seeded.Where(r => r.FixedCar).Select(r => $"{r.Level}/{r.RankCode}").Order(StringComparer.Ordinal));
        Assert.All(seeded, r => Assert.Contains("中办发〔2017〕71号", r.Source));

        // A province may withdraw a fixed car (a tighter local version), never grant one.
        var looser = await (await Client.PostJsonAsync($"{Url}/rules/fixed-car-ranks", new
        {
            jurisdiction = "650000", level = "Municipal", rankCode = "MunicipalPrincipal", fixedCar = true, effectiveFrom = "2020-01-01", source = "测试",
        })).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Contains("fixedCar:rules.looser-than-ceiling", looser.FieldErrors());
        var withdrawn = await (await Client.PostJsonAsync($"{Url}/rules/fixed-car-ranks", new
        {
            jurisdiction = "650000", level = "Provincial", rankCode = "ProvincialDeputy", fixedCar = false, effectiveFrom = "2020-01-01", source = "测试：地方收紧",
        })).ReadAsync<FixedCarRankResponse>(HttpStatusCode.Created);
        Assert.False(withdrawn.FixedCar);
        var province = await OrganAsync(division: "650000", level: "Provincial");
        var deputy = await StaffAsync(province.Id, "ProvincialDeputy");
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(province.Id, leaderId: deputy.Id)))
            .ProblemAsync((HttpStatusCode)422, "vehicles.rank-without-fixed-car");
        var principal = await StaffAsync(province.Id, "ProvincialPrincipal");
        await RegisterAsync(VehicleTestData.Vehicle(province.Id, leaderId: principal.Id));

        await (await Client.PostJsonAsync($"{Url}/rules/fixed-car-ranks", new
        {
            jurisdiction = "650000", level = "Galactic", rankCode = "X", fixedCar = false, effectiveFrom = "2021-01-01", source = "测试",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var bad = await (await Client.PostJsonAsync($"{Url}/rules/fixed-car-ranks", new
        {
            jurisdiction = "65", level = "Provincial", rankCode = "", fixedCar = false, effectiveFrom = "2021-01-01", source = "",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("jurisdiction:vehicles.jurisdiction-invalid", bad.FieldErrors());
        Assert.Equal(1, await fixture.CountAsync("vehicles_rule", "kind = 'fixed-car-rank' AND jurisdiction = '650000'"));
    }

    [ProviderFact]
    public async Task Police_and_emergency_plates_are_accepted_for_the_organs_and_categories_that_carry_them()
    {
        var police = await OrganAsync();
        var other = await OrganAsync();
        var serial = Random.Shared.Next(10_000);
        var plate = $"苏A{serial:D4}警";
        object Car(Guid organ, string category, string p) => VehicleTestData.Vehicle(organ, category, price: 100_000m, plate: p);

        // Seeded with no organ: refused until the bureau names the organs.
        var seeded = await (await Client.GetAsync($"{Url}/rules/special-plates?jurisdiction=national")).ReadAsync<IReadOnlyList<SpecialPlateRuleResponse>>();
        Assert.Equal(["EmergencyManagement", "Police"], seeded.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.All(seeded, r => Assert.Empty(r.OrganIds));
        await (await Client.PostJsonAsync(Url, Car(police.Id, "LawEnforcement", plate))).ProblemAsync((HttpStatusCode)422, "vehicles.special-plate-not-carried");

        var rule = await (await Client.PostJsonAsync($"{Url}/rules/special-plates", new
        {
            jurisdiction = "320100", code = "Police", suffix = "警", serialLength = 4, categories = new[] { "LawEnforcement" }, organIds = new[] { police.Id },
            effectiveFrom = "2020-01-01", source = "测试：本市公安机关",
        })).ReadAsync<SpecialPlateRuleResponse>(HttpStatusCode.Created);
        Assert.Equal([police.Id], rule.OrganIds);

        var car = await RegisterAsync(Car(police.Id, "LawEnforcement", plate));
        Assert.Equal(plate, car.Plate);
        await (await Client.PostJsonAsync(Url, Car(police.Id, "Other", $"苏A{(serial + 1) % 10_000:D4}警"))).ProblemAsync((HttpStatusCode)422, "vehicles.special-plate-not-carried");
        await (await Client.PostJsonAsync(Url, Car(other.Id, "LawEnforcement", $"苏A{(serial + 2) % 10_000:D4}警"))).ProblemAsync((HttpStatusCode)422, "vehicles.special-plate-not-carried");
        await (await Client.PostJsonAsync(Url, Car(police.Id, "EmergencySupport", $"苏A{serial:D4}应急"))).ProblemAsync((HttpStatusCode)422, "vehicles.special-plate-not-carried");
        var shape = await (await Client.PostJsonAsync(Url, Car(police.Id, "LawEnforcement", $"苏A{serial:D4}1警"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("plate:vehicles.plate-invalid", shape.FieldErrors());
        await (await Client.PostJsonAsync(Url, Car(police.Id, "LawEnforcement", "苏A123警"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { police.Id }));

        var unknown = await (await Client.PostJsonAsync($"{Url}/rules/special-plates", new
        {
            jurisdiction = "320100", code = "Police", suffix = "警", serialLength = 4, categories = new[] { "LawEnforcement" }, organIds = new[] { Guid.NewGuid() },
            effectiveFrom = "2021-01-01", source = "测试",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organIds:vehicles.organ-ref-not-found", unknown.FieldErrors());
        var bad = await (await Client.PostJsonAsync($"{Url}/rules/special-plates", new
        {
            jurisdiction = "320100", code = "Police", suffix = "J", serialLength = 9, categories = Array.Empty<string>(), organIds = Array.Empty<Guid>(),
            effectiveFrom = "2021-01-01", source = "测试",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("suffix:vehicles.character-set-invalid", bad.FieldErrors());
        Assert.Contains("serialLength:field.out-of-range", bad.FieldErrors());
        Assert.Equal(1, await fixture.CountAsync("vehicles_rule", "kind = 'special-plate' AND jurisdiction = '320100'"));
    }

    [ProviderFact]
    public async Task The_fleet_report_gives_the_new_energy_share_of_each_year_against_the_target()
    {
        var organ = await OrganAsync(perCategory: 30, division: "320500");
        async Task BuyAsync(int year, int count, int newEnergy)
        {
            for (var i = 0; i < count; i++)
            {
                var body = i < newEnergy
                    ? VehicleTestData.Vehicle(organ.Id, litres: null, energy: "BatteryElectric", plate: VehicleTestData.NewEnergyPlate('D'), purchasedOn: $"{year}-06-01")
                    : VehicleTestData.Vehicle(organ.Id, purchasedOn: $"{year}-06-01");
                await RegisterAsync(body);
            }
        }
        await BuyAsync(2023, 7, 2);  // 28.57 %: just short of 30 %
        await BuyAsync(2024, 10, 3); // exactly 30 %: met
        await BuyAsync(2026, 1, 1);  // after the 14th plan: no target in force

        var report = await (await Client.GetAsync($"{Url}/reports/fleet?organId={organ.Id}&fromYear=2022&toYear=2026")).ReadAsync<FleetReportResponse>();
        Assert.Equal(
            [
                (2022, 0, 0, (decimal?)null, (decimal?)30.00m, NewEnergyTargetStatus.NoPurchases),
                (2023, 7, 2, 28.57m, 30.00m, NewEnergyTargetStatus.NotMet),
                (2024, 10, 3, 30.00m, 30.00m, NewEnergyTargetStatus.Met),
                (2025, 0, 0, null, 30.00m, NewEnergyTargetStatus.NoPurchases),
                (2026, 1, 1, 100.00m, null, NewEnergyTargetStatus.NoTarget),
            ],
            report.Years.Select(y => (y.Year, y.Purchased, y.NewEnergy, y.NewEnergySharePercent, y.TargetPercent, y.TargetStatus)));
        Assert.Contains("（M", report.Years[1].TargetSource);
        Assert.Equal("national", report.Years[1].TargetJurisdiction);

        var csv = await Client.GetAsync($"{Url}/reports/fleet?organId={organ.Id}&fromYear=2023&toYear=2024&format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,purchased,newEnergy,newEnergySharePercent,targetPercent,targetStatus,targetJurisdiction,targetSource", lines[0]);
        Assert.StartsWith("2024,10,3,30.00,30.00,Met,national,", lines[2]);

        // A local, stricter target for one year: the most specific version in force on 31 December applies.
        await (await Client.PostJsonAsync($"{Url}/rules/new-energy-targets", new
        {
            jurisdiction = "320500", minSharePercent = 30.01m, effectiveFrom = "2024-01-01", effectiveTo = "2024-12-31", source = "测试：苏州市目标",
        })).ReadAsync<NewEnergyTargetResponse>(HttpStatusCode.Created);
        var local = await (await Client.GetAsync($"{Url}/reports/fleet?organId={organ.Id}&fromYear=2024&toYear=2025")).ReadAsync<FleetReportResponse>();
        Assert.Equal((30.01m, NewEnergyTargetStatus.NotMet, "320500"), (local.Years[0].TargetPercent!.Value, local.Years[0].TargetStatus, local.Years[0].TargetJurisdiction!));
        Assert.Equal("national", local.Years[1].TargetJurisdiction);

        // Another organ counts only its own vehicles and cannot name this one.
        var other = await OrganAsync(division: "320500");
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "某局用车系统", organId = other.Id, scopes = new[] { "vehicles.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var otherClient = fixture.ClientFor(fixture.Factory, key.Key);
        Assert.Equal(0, (await (await otherClient.GetAsync($"{Url}/reports/fleet?fromYear=2024&toYear=2024")).ReadAsync<FleetReportResponse>()).Years[0].Purchased);
        await (await otherClient.GetAsync($"{Url}/reports/fleet?organId={organ.Id}&fromYear=2024&toYear=2024")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        await (await Client.GetAsync($"{Url}/reports/fleet?fromYear=2024")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}/reports/fleet?fromYear=2024&toYear=2023")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}/reports/fleet?fromYear=2000&toYear=2020")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}/reports/fleet?fromYear=2024&toYear=2024&format=Xml")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var unknown = await (await Client.GetAsync($"{Url}/reports/fleet?organId={Guid.NewGuid()}&fromYear=2024&toYear=2024")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:vehicles.organ-ref-not-found", unknown.FieldErrors());
        var bad = await (await Client.PostJsonAsync($"{Url}/rules/new-energy-targets", new
        {
            jurisdiction = "320500", minSharePercent = 30.001m, effectiveFrom = "2027-01-01", effectiveTo = "2026-12-31", source = "测试",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("minSharePercent:field.out-of-range", bad.FieldErrors());
        Assert.Contains("effectiveTo:field.out-of-range", bad.FieldErrors());
        Assert.Equal(1, await fixture.CountAsync("vehicles_rule", "kind = 'new-energy-target' AND jurisdiction = '320500'"));
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_only_its_own_vehicles_and_cannot_set_quotas()
    {
        var mine = await OrganAsync();
        var theirs = await OrganAsync();
        var myCar = await RegisterAsync(VehicleTestData.Vehicle(mine.Id));
        var theirCar = await RegisterAsync(VehicleTestData.Vehicle(theirs.Id));
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "某局用车系统", organId = mine.Id, scopes = new[] { "vehicles.read", "vehicles.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Url}/{myCar.Id}")).StatusCode);
        await (await client.GetAsync($"{Url}/{theirCar.Id}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.vehicle-not-found");
        var list = await (await client.GetAsync(Url)).ReadAsync<PagedResult<VehicleResponse>>();
        Assert.All(list.Items, v => Assert.Equal(mine.Id, v.OrganId));
        await (await client.GetAsync($"{Url}/quotas/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound, "vehicles.organ-not-found");
        await (await client.PutJsonAsync($"{Url}/quotas/{mine.Id}", new { quotas = new[] { new { category = "Other", approved = 99 } } }, null))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        var bad = await (await client.PostJsonAsync(Url, VehicleTestData.Vehicle(theirs.Id))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:vehicles.organ-ref-not-found", bad.FieldErrors());
        await (await client.PostJsonAsync($"{Url}/rules/plates", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var readOnly = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "只读", organId = mine.Id, scopes = new[] { "vehicles.read" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        await (await fixture.ClientFor(fixture.Factory, readOnly.Key).PostJsonAsync(Url, VehicleTestData.Vehicle(mine.Id))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [ProviderFact]
    public async Task Bad_quota_input_is_400()
    {
        var organ = await OrganAsync();
        var bad = await (await Client.PutJsonAsync($"{Url}/quotas/{organ.Id}", new { quotas = new[] { new { category = "Other", approved = 1 }, new { category = "Other", approved = 2 } } }, null))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("quotas:vehicles.quota-duplicate", bad.FieldErrors());
        await (await Client.PutJsonAsync($"{Url}/quotas/{organ.Id}", new { quotas = new[] { new { category = "Other", approved = -1 } } }, null))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PutJsonAsync($"{Url}/quotas/{Guid.NewGuid()}", new { quotas = Array.Empty<object>() }, null))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("category:request.enum-invalid", (await (await Client.GetAsync($"{Url}?category=Limo")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Url}?category=3")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Url}?sort=price")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderTheory]
    [InlineData("/api/v1/vehicles/rules/plates?jurisdiction=jiangsu", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/licence-classes?on=2026-13-01", "request.parameter-invalid")]
    [InlineData("/api/v1/vehicles/rules/renewal?jurisdiction=001234", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/purchase-standards?on=yesterday", "request.parameter-invalid")]
    [InlineData("/api/v1/vehicles/sealed-periods?from=2026-02-30", "request.parameter-invalid")]
    [InlineData("/api/v1/vehicles/trips?from=soon", "request.parameter-invalid")]
    [InlineData("/api/v1/vehicles/trips?sort=purpose", "request.invalid")]
    [InlineData("/api/v1/vehicles/drivers?pageSize=0", "request.invalid")]
    [InlineData("/api/v1/vehicles/reminders?state=Soon", "request.invalid")]
    [InlineData("/api/v1/vehicles/reports/costs?from=2026-1&to=2026-02", "request.invalid")]
    [InlineData("/api/v1/vehicles/reports/costs", "request.invalid")]
    public async Task Bad_query_parameters_are_400(string url, string code) =>
        await (await Client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest, code);

    [ProviderTheory]
    [InlineData("/api/v1/vehicles/rules/licence-classes", """{"jurisdiction":"national","code":"C2","bodyTypes":["Tank"],"effectiveFrom":"2030-01-01","source":"x"}""", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/licence-classes", """{"jurisdiction":"national","code":"C2","bodyTypes":[],"effectiveFrom":"2030-01-01","source":"x"}""", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/renewal", """{"jurisdiction":"320100","minAgeYears":8,"minMileageKm":0,"effectiveFrom":"2030-01-01","source":"x"}""", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/renewal", """{"jurisdiction":"320100","minAgeYears":8,"minMileageKm":250000,"effectiveFrom":"2030-01-01","source":""}""", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/purchase-standards", """{"jurisdiction":"national","code":"X","maxPrice":1.001,"needsApproval":false,"newEnergyOnly":false,"effectiveFrom":"2030-01-01","source":"x"}""", "request.invalid")]
    [InlineData("/api/v1/vehicles/rules/plates", """{"jurisdiction":"national","provinces":"苏","letters":"ABC","ordinaryLength":7,"newEnergyLength":7,"batteryElectricLetters":"D","otherNewEnergyLetters":"F","effectiveFrom":"2030-01-01","source":"x"}""", "request.invalid")]
    public async Task Bad_rule_versions_are_400_and_write_nothing(string url, string body, string code)
    {
        var before = await fixture.CountAsync("vehicles_rule");
        await (await Client.PostRawAsync(url, body)).ProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal(before, await fixture.CountAsync("vehicles_rule"));
    }

    [ProviderFact]
    public async Task An_idempotency_key_replays_the_registration()
    {
        var organ = await OrganAsync();
        var body = VehicleTestData.Vehicle(organ.Id);
        var key = "register-" + Guid.NewGuid();
        var first = await (await Client.PostJsonAsync(Url, body, key)).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var replay = await Client.PostJsonAsync(Url, body, key);
        Assert.Equal(first.Id, (await replay.ReadAsync<VehicleResponse>(HttpStatusCode.Created)).Id);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id), key)).ProblemAsync((HttpStatusCode)422, "idempotency.key-reused");
        Assert.Equal(1, await fixture.CountAsync("vehicles_vehicle", "organ_id = @Id", new { organ.Id }));
    }

    private async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = fixture.OpenConnection();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, new { Id = id });
    }
}
