using System.Net;
using System.Text.Json;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// A later version of a seeded national rule closes the seeded one the day before, in every
/// module's rule tables — the path that keeps old findings on the version of their date. And every
/// table goes through the one helper alike: a version with a register document id, the same start
/// again (the table's 409), a later version that ends it the day before (docs/adr/0021).
/// </summary>
public abstract class RuleSupersedingTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    private async Task AssertSupersedesAsync(string url, object body, string listUrl, Func<JsonElement, bool> isSeeded)
    {
        var created = await (await Admin.PostJsonAsync(url, body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("2031-01-01", created.GetProperty("effectiveFrom").GetString());
        var history = await (await Admin.GetAsync(listUrl)).ReadAsync<JsonElement>();
        var items = history.ValueKind == JsonValueKind.Array ? history.EnumerateArray() : history.GetProperty("items").EnumerateArray();
        var seeded = items.Single(isSeeded);
        Assert.Equal("2030-12-31", seeded.GetProperty("effectiveTo").GetString());
    }

    [ProviderFact]
    public async Task A_later_office_standard_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/buildings/office-standards",
            new { jurisdiction = "national", level = "Municipal", rankCode = "BureauPrincipal", area = 22.5m, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/buildings/office-standards?level=Municipal&jurisdiction=national",
            e => e.GetProperty("rankCode").GetString() == "BureauPrincipal" && e.GetProperty("effectiveFrom").GetString() == "2014-12-01");

    [ProviderFact]
    public async Task A_later_recovery_deadline_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/buildings/deadline-rules",
            new { jurisdiction = "national", code = "OfficeRecovery", months = 2, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/buildings/deadline-rules",
            e => e.GetProperty("code").GetString() == "OfficeRecovery" && e.GetProperty("months").GetInt32() == 1);

    [ProviderFact]
    public async Task A_later_licence_class_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/vehicles/rules/licence-classes",
            new { jurisdiction = "national", code = "C1", bodyTypes = new[] { "Sedan", "Mpv" }, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/vehicles/rules/licence-classes",
            e => e.GetProperty("code").GetString() == "C1" && e.GetProperty("effectiveFrom").GetString() != "2031-01-01");

    [ProviderFact]
    public async Task A_later_renewal_rule_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/vehicles/rules/renewal",
            new { jurisdiction = "national", minAgeYears = 10, minMileageKm = 300000, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/vehicles/rules/renewal",
            e => e.GetProperty("minAgeYears").GetInt32() == 8);

    /// <summary>
    /// A document id that is no uuid is 400; a version from 2032-01-01 with a document id (echoed), the same
    /// start again (409 with the table's code), then a version from 2033-01-01 without one: the first ends
    /// 2032-12-31, and only the two versions were written.
    /// </summary>
    private async Task AssertOneHelperAsync(string url, Func<string, object?, object> body, string listUrl, Func<JsonElement, bool> isOfTheRule, string versionExists)
    {
        await (await Admin.PostJsonAsync(url, body("2032-01-01", "not-a-uuid"))).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        // A document the register does not hold is refused on documentId, and nothing is written.
        var unknown = await (await Admin.PostJsonAsync(url, body("2032-01-01", Guid.NewGuid()))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(["documentId:rules.document-not-found"], unknown.FieldErrors());
        Assert.DoesNotContain((await (await Admin.GetAsync(listUrl)).ReadAsync<JsonElement>()).EnumerateArray().Where(isOfTheRule),
            v => v.GetProperty("effectiveFrom").GetString() == "2032-01-01");
        var documentId = await RegisterDocumentAsync();
        var first = await (await Admin.PostJsonAsync(url, body("2032-01-01", documentId))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(documentId, first.GetProperty("documentId").GetGuid());
        await (await Admin.PostJsonAsync(url, body("2032-01-01", null))).ProblemAsync(HttpStatusCode.Conflict, versionExists);
        var second = await (await Admin.PostJsonAsync(url, body("2033-01-01", null))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("documentId").ValueKind);
        var history = (await (await Admin.GetAsync(listUrl)).ReadAsync<JsonElement>()).EnumerateArray().Where(isOfTheRule).ToList();
        var ended = Assert.Single(history, v => v.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid());
        Assert.Equal(documentId, ended.GetProperty("documentId").GetGuid());
        if (ended.TryGetProperty("effectiveTo", out var effectiveTo))
        {
            Assert.Equal("2032-12-31", effectiveTo.GetString());
        }
        Assert.Equal(2, history.Count);
    }

    /// <summary>A document in the rules register for a version to cite.</summary>
    private async Task<Guid> RegisterDocumentAsync() =>
        (await (await Admin.PostJsonAsync("/api/v1/guidance/documents", new
        {
            title = "测试规则文件", documentNumber = "测试〔2031〕1号", issuer = "测试机关", type = "NormativeDocument", jurisdiction = "320000", status = "InForce",
            trial = false, issuedOn = (string?)null, publishedOn = "2031-06-01", effectiveOn = "2031-07-01", expiresOn = (string?)null,
            registrationNumber = (string?)null, sourceUrl = (string?)null, supersedesId = (Guid?)null,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Func<JsonElement, bool> Where(string member, string value) => e => e.GetProperty(member).GetString() == value;

    [ProviderFact]
    public async Task Ranks_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/organs/ranks",
            (from, doc) => new { jurisdiction = "320000", level = "County", code = "HelperRank", nameZh = "测试职级", nameEn = "Test rank", isLeader = false, sortOrder = 99, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/organs/ranks?jurisdiction=320000&level=County", Where("code", "HelperRank"), "organs.rank-version-exists");

    [ProviderFact]
    public async Task Office_standards_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/buildings/office-standards",
            (from, doc) => new { jurisdiction = "320000", level = "Provincial", rankCode = "HelperRank", area = 12.5m, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/buildings/office-standards?level=Provincial&jurisdiction=320000", Where("rankCode", "HelperRank"), "buildings.standard-version-exists");

    [ProviderFact]
    public async Task Deadline_rules_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/buildings/deadline-rules",
            (from, doc) => new { jurisdiction = "320000", code = "SecondOfficeRecovery", months = 3, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/buildings/deadline-rules", e => Where("code", "SecondOfficeRecovery")(e) && Where("jurisdiction", "320000")(e), "buildings.deadline-rule-version-exists");

    [ProviderFact]
    public async Task Purchase_standards_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/vehicles/rules/purchase-standards",
            (from, doc) => new { jurisdiction = "320000", code = "HelperStandard", newEnergyOnly = false, maxPrice = 150000.00m, needsApproval = false, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/vehicles/rules/purchase-standards?jurisdiction=320000", Where("code", "HelperStandard"), "vehicles.rule-version-exists");

    [ProviderFact]
    public async Task Plate_rules_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/vehicles/rules/plates",
            (from, doc) => new
            {
                jurisdiction = "320000", provinces = "苏", letters = "ABCDEFGHJKLMNPQRSTUVWXYZ", ordinaryLength = 7, newEnergyLength = 8, batteryElectricLetters = "D",
                otherNewEnergyLetters = "F", effectiveFrom = from, source = "测试版本", documentId = doc,
            },
            "/api/v1/vehicles/rules/plates?jurisdiction=320000", _ => true, "vehicles.rule-version-exists");

    [ProviderFact]
    public async Task Licence_classes_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/vehicles/rules/licence-classes",
            (from, doc) => new { jurisdiction = "320000", code = "C9", bodyTypes = new[] { "Sedan" }, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/vehicles/rules/licence-classes?jurisdiction=320000", Where("code", "C9"), "vehicles.rule-version-exists");

    [ProviderFact]
    public async Task Renewal_rules_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/vehicles/rules/renewal",
            (from, doc) => new { jurisdiction = "320000", minAgeYears = 9, minMileageKm = 260000, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/vehicles/rules/renewal?jurisdiction=320000", _ => true, "vehicles.rule-version-exists");

    [ProviderFact]
    public async Task Service_life_goes_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/assets/rules/service-life",
            (from, doc) => new { jurisdiction = "320000", category = "Printer", years = 7, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/assets/rules/service-life?jurisdiction=320000", Where("category", "Printer"), "assets.rule-version-exists");

    [ProviderFact]
    public async Task Standard_coal_coefficients_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/energy/rules/standard-coal",
            (from, doc) => new { energyKind = "Electricity", jurisdiction = "320000", effectiveFrom = from, value = 0.1229m, source = "测试版本", confidence = "High", documentId = doc },
            "/api/v1/energy/rules/standard-coal?jurisdiction=320000", Where("energyKind", "Electricity"), "energy.rule-version-exists");

    [ProviderFact]
    public async Task Energy_settings_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/energy/rules/settings",
            (from, doc) => new
            {
                jurisdiction = "320000", effectiveFrom = from, reportDueMonth = 3, reportDueDay = 31, anomalyThresholdPercent = 25m, silentMeterDays = 4, source = "测试版本", documentId = doc,
            },
            "/api/v1/energy/rules/settings?jurisdiction=320000", _ => true, "energy.rule-version-exists");

    [ProviderFact]
    public async Task Working_hours_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/calendar/working-hours",
            (from, doc) => new { jurisdiction = "320000", effectiveFrom = from, periods = new[] { new { start = "08:30", end = "12:00" } }, source = "测试版本", documentId = doc },
            "/api/v1/calendar/working-hours?jurisdiction=320000", _ => true, "calendar.hours-version-exists");

    [ProviderFact]
    public async Task Co2_factors_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/energy/rules/co2-factors",
            (from, doc) => new { energyKind = "Electricity", jurisdiction = "320000", effectiveFrom = from, value = 0.5366m, source = "测试版本", confidence = "Medium", documentId = doc },
            "/api/v1/energy/rules/co2-factors?jurisdiction=320000", Where("energyKind", "Electricity"), "energy.rule-version-exists");

    [ProviderFact]
    public async Task Fuel_densities_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/energy/rules/densities",
            (from, doc) => new { energyKind = "Diesel", jurisdiction = "320000", effectiveFrom = from, value = 0.84m, source = "测试版本", confidence = "High", documentId = doc },
            "/api/v1/energy/rules/densities?jurisdiction=320000", Where("energyKind", "Diesel"), "energy.rule-version-exists");

    [ProviderFact]
    public async Task Plan_targets_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/energy/rules/plan-targets",
            (from, doc) => int.Parse(from[..4], System.Globalization.CultureInfo.InvariantCulture) is var first ? new
            {
                plan = "helper-plan", jurisdiction = "320000", firstYear = first, lastYear = first + 4, baselineYear = first - 1, energyPerAreaPercent = -5m,
                energyPerPersonPercent = -5m, waterPerPersonPercent = -3m, co2PerAreaPercent = -7m, source = "测试版本", confidence = "High", documentId = doc,
            } : null!,
            "/api/v1/energy/rules/plan-targets?jurisdiction=320000", Where("plan", "helper-plan"), "energy.rule-version-exists");

    [ProviderFact]
    public async Task Disclosure_deadlines_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/costs/rules/disclosure-due",
            (from, doc) => new { jurisdiction = "320000", kind = "FinalAccount", days = 15, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/costs/rules/disclosure-due?jurisdiction=320000", Where("kind", "FinalAccount"), "costs.rule-version-exists");

    [ProviderFact]
    public async Task Change_thresholds_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/costs/rules/change-reason",
            (from, doc) => new { jurisdiction = "320000", thresholdPercent = 15m, effectiveFrom = from, source = "测试版本", documentId = doc },
            "/api/v1/costs/rules/change-reason?jurisdiction=320000", _ => true, "costs.rule-version-exists");

    [ProviderFact]
    public async Task A_later_disclosure_deadline_closes_the_seeded_one() =>
        await AssertSupersedesAsync("/api/v1/costs/rules/disclosure-due",
            new { jurisdiction = "national", kind = "Budget", days = 20, effectiveFrom = "2031-01-01", source = "测试版本" },
            "/api/v1/costs/rules/disclosure-due?jurisdiction=national",
            e => e.GetProperty("kind").GetString() == "Budget" && e.GetProperty("effectiveFrom").GetString() == "2015-01-01");

    private static Func<JsonElement, bool> Of(string jurisdiction, string? kind = null, string? key = null) => e =>
        e.GetProperty("jurisdiction").GetString() == jurisdiction
        && (kind is null || e.GetProperty("kind").GetString() == kind) && (key is null || e.GetProperty("key").GetString() == key);

    [ProviderFact]
    public async Task Foreign_affairs_limits_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/limits",
            (from, doc) => new
            {
                jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                limits = new { maxMembers = 6, maxDaysOneCountry = 5, maxDaysTwoCountries = 8, maxDaysThreeCountries = 10, maxCountries = 3, extraDays = 1, officialShareNumerator = 2, officialShareDenominator = 3, maxLeadershipMembers = 1, maxTripsPerPersonYear = 2 },
            },
            "/api/v1/foreign-affairs/rules/limits?jurisdiction=450000", Of("450000"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_deadlines_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/deadlines",
            (from, doc) => new
            {
                jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                deadlines = new { publicationWorkingDays = 5, reportDays = 30, reportInWorkingDays = false },
            },
            "/api/v1/foreign-affairs/rules/deadlines?jurisdiction=450000", Of("450000"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_hand_back_rules_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/hand-back",
            (from, doc) => new
            {
                jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                handBack = new { handBackDays = 10, workingDays = false, lockAfterDaysOverdue = 30 },
            },
            "/api/v1/foreign-affairs/rules/hand-back?jurisdiction=450000", Of("450000"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_travel_classes_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/travel-classes",
            (from, doc) => new
            {
                jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                travelClasses = new { provincialMinisterial = new[] { "ProvincialPrincipal" }, bureauDirector = new[] { "BureauPrincipal" }, provincialMinisterialSeat = "First", bureauDirectorSeat = "Business", otherSeat = "Economy" },
            },
            "/api/v1/foreign-affairs/rules/expenses?jurisdiction=450000", Of("450000", "travel-classes"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_lodging_limits_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/lodging",
            (from, doc) => new
            {
                country = "FR", jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                limits = new { provincialMinisterial = 1500m, bureauDirector = 1200m, other = 900m },
            },
            "/api/v1/foreign-affairs/rules/expenses?jurisdiction=450000", Of("450000", "lodging", "FR"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_allowances_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/allowances",
            (from, doc) => new
            {
                country = "FR", jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                allowances = new { mealsPerDay = 300m, incidentalsPerDay = 150m },
            },
            "/api/v1/foreign-affairs/rules/expenses?jurisdiction=450000", Of("450000", "allowances", "FR"), "foreign-affairs.rule-version-exists");

    [ProviderFact]
    public async Task Foreign_affairs_incoming_standards_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/foreign-affairs/rules/incoming",
            (from, doc) => new
            {
                jurisdiction = "450000", effectiveFrom = from, source = "测试版本", confidence = "M", documentId = doc,
                standards = new { maxBanquets = 2, banquetPerHeadProvincialMinisterial = 400m, banquetPerHeadOther = 300m, buffetPerHead = 150m, cocktailPerHead = 100m, teaPartyPerHead = 60m },
            },
            "/api/v1/foreign-affairs/rules/incoming?jurisdiction=450000", Of("450000"), "foreign-affairs.rule-version-exists");
    [ProviderFact]
    public async Task Logistics_assessment_weights_go_through_the_one_helper() =>
        await AssertOneHelperAsync("/api/v1/logistics/rules/assessment-weights",
            (from, doc) => new { jurisdiction = "320000", effectiveFrom = from, slaWeightPercent = 70, satisfactionWeightPercent = 30, source = "测试版本", confidence = "M", documentId = doc },
            "/api/v1/logistics/rules/assessment-weights?jurisdiction=320000", _ => true, "logistics.rule-version-exists");
}
