using System.Net;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>The plan and cost rules at their boundaries, from the rule tables (R2, R3, R4, R4b, R7, R8, R10).</summary>
public abstract class ReceptionRulesTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    // R3: the boundary cases.
    [ProviderTheory]
    [InlineData(10, 3, true)]
    [InlineData(10, 4, false)]
    [InlineData(11, 3, true)]
    [InlineData(12, 4, true)]
    [InlineData(14, 4, true)]
    [InlineData(14, 5, false)]
    [InlineData(1, 3, true)]
    [InlineData(1, 4, false)]
    public async Task Accompanying_diners_are_at_most_three_up_to_ten_guests_then_a_third(int guests, int diners, bool allowed)
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var letter = await LetterAsync(Admin, organ.Id, guests);
        var response = await CreateAsync(Admin, Plan(organ.Id, staff, letter.Id, change: p => p["accompanyingDiners"] = diners));
        if (allowed)
        {
            Assert.Equal(diners, (await response.ReadAsync<ReceptionResponse>(HttpStatusCode.Created)).AccompanyingDiners);
        }
        else
        {
            var problem = await response.ProblemAsync((HttpStatusCode)422, "reception.too-many-diners");
            Assert.StartsWith("R3:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, await fixture.CountAsync("reception_reception", "organ_id = @Id", new { organ.Id }));
            Assert.Null((await (await Admin.GetAsync($"{Root}/letters/{letter.Id}")).ReadAsync<LetterResponse>()).ReceptionId);
        }
    }

    [ProviderFact]
    public async Task At_most_one_working_meal_and_a_local_version_may_only_tighten_it()
    {
        var division = FreshDivision();
        var organ = await OrganAsync(Admin, division);
        var staff = await StaffAsync(Admin, organ.Id);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, change: p => p["workingMeals"] = 2))).ProblemAsync((HttpStatusCode)422, "reception.working-meals");
        await ReceptionAsync(Admin, organ.Id, staff, null);

        // A looser local version is refused; a stricter one applies from its start.
        var looser = await (await Admin.PostJsonAsync($"{Root}/rules/dining", Dining(division, "2026-01-01", meals: 2))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Contains("maxWorkingMeals:rules.looser-than-ceiling", looser.FieldErrors());
        var fewerGuestsPerDiner = await (await Admin.PostJsonAsync($"{Root}/rules/dining", Dining(division, "2026-01-01", perDiner: 2))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Contains("guestsPerDiner:rules.looser-than-ceiling", fewerGuestsPerDiner.FieldErrors());
        var local = await (await Admin.PostJsonAsync($"{Root}/rules/dining", Dining(division, "2026-12-01", meals: 0, smallGroup: 2)))
            .ReadAsync<DiningRuleResponse>(HttpStatusCode.Created);
        Assert.Equal((0, 2, RuleConfidence.High), (local.MaxWorkingMeals, local.MaxDinersSmallGroup, local.Confidence));
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, "2026-12-01"))).ProblemAsync((HttpStatusCode)422, "reception.working-meals");
        await ReceptionAsync(Admin, organ.Id, staff, null, "2026-11-30");
        var stricterDiners = await (await CreateAsync(Admin, Plan(organ.Id, staff, null, "2026-12-01", p => { p["workingMeals"] = 0; p["accompanyingDiners"] = 3; })))
            .ProblemAsync((HttpStatusCode)422, "reception.too-many-diners");
        Assert.Contains("3 > 2", stricterDiners.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var inForce = await (await Admin.GetAsync($"{Root}/rules/dining?jurisdiction={division}&on=2026-12-01")).ReadAsync<List<DiningRuleResponse>>();
        Assert.Equal(local.Id, Assert.Single(inForce).Id);
        var national = await (await Admin.GetAsync($"{Root}/rules/dining?jurisdiction=national")).ReadAsync<List<DiningRuleResponse>>();
        Assert.Equal((1, 10, 3, 3), (national[0].MaxWorkingMeals, national[0].SmallGroupUpTo, national[0].MaxDinersSmallGroup, national[0].GuestsPerDiner));
    }

    // R4b: the banned list is versioned by the reception's (or the meal's) date.
    [ProviderTheory]
    [InlineData("Alcohol", "2025-05-01", true)]
    [InlineData("Alcohol", "2025-05-02", false)]
    [InlineData("PremiumLiquor", "2025-05-01", false)]
    [InlineData("LocalProduce", "2020-01-01", false)]
    [InlineData("WelcomeCeremony", "2020-01-01", false)]
    [InlineData("CrossRegionGreeting", "2026-01-01", false)]
    [InlineData("Transport", "2026-01-01", true)]
    public async Task A_banned_item_is_refused_by_the_version_in_force_on_the_reception_date(string item, string startsOn, bool allowed)
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var response = await CreateAsync(Admin, Plan(organ.Id, staff, null, startsOn, p => p["items"] = new[] { "Meal", item }));
        if (allowed)
        {
            await response.ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
            return;
        }
        var problem = await response.ProblemAsync((HttpStatusCode)422, "reception.banned-item");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(item, detail, StringComparison.Ordinal);
        Assert.Contains(startsOn.CompareTo("2025-05-02") >= 0 ? "2025-05-02" : "2013-12-08", detail, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task A_cost_line_is_judged_by_the_banned_list_of_its_own_date()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        // A reception over the change of the rule: 2025-04-30 to 2025-05-02.
        var letter = await LetterAsync(Admin, organ.Id);
        var reception = await (await CreateAsync(Admin, Plan(organ.Id, staff, letter.Id, "2025-04-30", p => p["endsOn"] = "2025-05-02")))
            .ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
        await (await Admin.PostAsync($"{Root}/{reception.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{reception.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        var url = $"{Root}/{reception.Id}/costs";
        await (await Admin.PostJsonAsync(url, Cost(incurredOn: "2025-04-30", items: ["Meal", "Alcohol"]))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync(url, Cost(incurredOn: "2025-05-02", items: ["Meal", "Alcohol"]))).ProblemAsync((HttpStatusCode)422, "reception.banned-item");
        await (await Admin.PostJsonAsync(url, Cost(incurredOn: "2025-04-30", items: ["Cigarettes"]))).ProblemAsync((HttpStatusCode)422, "reception.banned-item");
        Assert.Equal(1, await fixture.CountAsync("reception_cost", "reception_id = @Id", new { reception.Id }));
    }

    [ProviderFact]
    public async Task Same_city_reception_follows_the_local_switch_from_its_date()
    {
        var division = FreshDivision();
        var organ = await OrganAsync(Admin, division);
        var staff = await StaffAsync(Admin, organ.Id);
        await (await Admin.PostJsonAsync($"{Root}/rules/same-city", new { jurisdiction = division, allowed = false, effectiveFrom = "2025-07-01", source = "某市关于取消同城公务接待的通知", confidence = "High" }))
            .ReadAsync<SameCityRuleResponse>(HttpStatusCode.Created);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, "2025-06-30", p => p["sameCity"] = true))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, "2025-07-01", p => p["sameCity"] = true))).ProblemAsync((HttpStatusCode)422, "reception.same-city-abolished");
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, "2025-07-01"))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
        // Elsewhere the national switch still allows it.
        var elsewhere = await OrganAsync(Admin);
        await (await CreateAsync(Admin, Plan(elsewhere.Id, await StaffAsync(Admin, elsewhere.Id), null, "2025-07-01", p => p["sameCity"] = true)))
            .ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task The_meal_standard_of_the_highest_guest_rank_holds_exactly_at_and_not_one_fen_over()
    {
        var division = FreshDivision();
        var organ = await OrganAsync(Admin, division);
        var staff = await StaffAsync(Admin, organ.Id);
        await MealStandardAsync(division, "Other", 100.00m);
        await MealStandardAsync(division, "DepartmentBureau", 120.00m);
        var letter = await LetterAsync(Admin, organ.Id, guests: 2);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, letter.Id, change: p => p["mealStandardPerHead"] = 100.01m))).ProblemAsync((HttpStatusCode)422, "reception.meal-standard");
        var reception = await (await CreateAsync(Admin, Plan(organ.Id, staff, letter.Id, change: p => p["mealStandardPerHead"] = 100.00m))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
        // A department-level guest raises the standard that applies.
        var senior = await LetterAsync(Admin, organ.Id, guests: 2, rank: "DepartmentBureau");
        await (await CreateAsync(Admin, Plan(organ.Id, staff, senior.Id, change: p => p["mealStandardPerHead"] = 120.00m))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);

        await (await Admin.PostAsync($"{Root}/{reception.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{reception.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        // 6 persons × 1 meal × 100.00 = 600.00.
        var at = await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 600.00m, persons: 6, units: 1))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        Assert.Equal((600.00m, false), (at.Standard!.Value, at.OverStandard));
        var over = await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 600.01m, persons: 6, units: 1))).ProblemAsync((HttpStatusCode)422, "reception.over-standard");
        Assert.StartsWith("R7:", over.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var explained = await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(amount: 600.01m, persons: 6, units: 1, explanation: "临时增加来宾，经分管领导批准")))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        Assert.True(explained.OverStandard);
        Assert.NotNull(explained.RuleVersionId);

        // The explained line is a violation (R7) until its explanation is approved; the reception cannot settle before.
        var open = Assert.Single(await OpenViolationsAsync(fixture), v => v.Violation.SubjectId == explained.Id);
        Assert.Equal(("reception.over-standard-cost", "R7", organ.Id, division, explained.RuleVersionId),
            (open.Violation.Kind, open.Violation.RuleId, open.Violation.OrganId, open.Violation.DivisionCode, open.Violation.RuleVersionId));
        Assert.Equal(1, await EventsAsync(fixture, "ViolationOpened", explained.Id));
        await (await Admin.PostAsync($"{Root}/{reception.Id}/complete", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{reception.Id}/settle", null)).ProblemAsync((HttpStatusCode)422, "reception.pack-incomplete");

        var approveUrl = $"{Root}/{reception.Id}/costs/{explained.Id}/approve-explanation";
        Assert.Contains("staffMemberId:reception.staff-ref-not-found",
            (await (await Admin.PostJsonAsync(approveUrl, new { staffMemberId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs/{at.Id}/approve-explanation", new { staffMemberId = staff })).ProblemAsync(HttpStatusCode.Conflict, "reception.not-over-standard");
        await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs/{Guid.NewGuid()}/approve-explanation", new { staffMemberId = staff })).ProblemAsync(HttpStatusCode.NotFound, "reception.cost-not-found");
        var approved = await (await Admin.PostJsonAsync(approveUrl, new { staffMemberId = staff })).ReadAsync<CostLineResponse>();
        Assert.Equal(staff, approved.ExplanationApprovedBy);
        await (await Admin.PostJsonAsync(approveUrl, new { staffMemberId = staff })).ProblemAsync(HttpStatusCode.Conflict, "reception.explanation-approved");
        Assert.DoesNotContain(await OpenViolationsAsync(fixture), v => v.Violation.SubjectId == explained.Id);
        Assert.Equal(1, await EventsAsync(fixture, "ViolationClosed", explained.Id));
        await SignAsync(Admin, reception.Id, staff, guests: 2);
        await (await Admin.PostAsync($"{Root}/{reception.Id}/settle", null)).ReadAsync<ReceptionResponse>();
        var standards = await (await Admin.GetAsync($"{Root}/rules/meal-standards?jurisdiction={division}&on=2026-12-20")).ReadAsync<List<MealStandardResponse>>();
        Assert.Equal(2, standards.Count);
    }

    [ProviderFact]
    public async Task A_suite_only_for_provincial_ministerial_guests()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var ordinary = await LetterAsync(Admin, organ.Id, guests: 2);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, ordinary.Id, change: p => p["lodging"] = "Suite"))).ProblemAsync((HttpStatusCode)422, "reception.suite-not-allowed");
        var minister = await LetterAsync(Admin, organ.Id, guests: 2, rank: "ProvincialMinisterial");
        await (await CreateAsync(Admin, Plan(organ.Id, staff, minister.Id, change: p => p["lodging"] = "Suite"))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task Cost_lines_pay_by_card_or_transfer_are_not_meetings_and_fall_within_the_dates()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var reception = await ApprovedAsync(Admin, organ.Id, staff);
        var url = $"{Root}/{reception.Id}/costs";
        Assert.StartsWith("R6", (await (await Admin.PostJsonAsync(url, Cost(payment: "Cash"))).ProblemAsync((HttpStatusCode)422, "reception.cash-payment")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await Admin.PostJsonAsync(url, Cost(category: "Meeting", persons: null, units: null))).ProblemAsync((HttpStatusCode)422, "reception.category-not-allowed");
        await (await Admin.PostJsonAsync(url, Cost(category: "Training", persons: null, units: null))).ProblemAsync((HttpStatusCode)422, "reception.category-not-allowed");
        Assert.Contains("incurredOn:reception.cost-outside-dates",
            (await (await Admin.PostJsonAsync(url, Cost(incurredOn: "2026-12-21"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("persons:reception.persons-required",
            (await (await Admin.PostJsonAsync(url, Cost(persons: null))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("amount:field.out-of-range",
            (await (await Admin.PostJsonAsync(url, Cost(amount: 0m))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("paymentMethod:request.enum-invalid",
            (await (await Admin.PostJsonAsync(url, Cost(payment: "Alipay"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.PostJsonAsync($"{Root}/{Guid.NewGuid()}/costs", Cost())).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        Assert.Equal(0, await fixture.CountAsync("reception_cost", "reception_id = @Id", new { reception.Id }));
        await (await Admin.PostJsonAsync(url, Cost(category: "Transport", payment: "BankTransfer", persons: null, units: null, items: ["Transport"])))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task Rule_tables_are_the_bureaus_and_versions_never_overlap()
    {
        var (_, _, key) = await OrganWithKeyAsync(Admin);
        var division = FreshDivision();
        var body = new { jurisdiction = division, allowed = false, effectiveFrom = "2026-01-01", source = "通知", confidence = "Medium" };
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.ClientFor(fixture.Factory, key).PostJsonAsync($"{Root}/rules/same-city", body)).StatusCode);
        await (await Admin.PostJsonAsync($"{Root}/rules/same-city", body)).ReadAsync<SameCityRuleResponse>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"{Root}/rules/same-city", body)).ProblemAsync(HttpStatusCode.Conflict, "reception.rule-version-exists");
        var later = await (await Admin.PostJsonAsync($"{Root}/rules/same-city", body with { allowed = true, effectiveFrom = "2026-06-01" })).ReadAsync<SameCityRuleResponse>(HttpStatusCode.Created);
        var versions = await (await Admin.GetAsync($"{Root}/rules/same-city?jurisdiction={division}")).ReadAsync<List<SameCityRuleResponse>>();
        Assert.Equal((new DateOnly(2026, 5, 31), (DateOnly?)null), (versions.Single(v => v.Id != later.Id).EffectiveTo!.Value, later.EffectiveTo));
        Assert.Contains("jurisdiction:reception.jurisdiction-invalid",
            (await (await Admin.PostJsonAsync($"{Root}/rules/same-city", body with { jurisdiction = "32" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var banned = await (await Admin.PostJsonAsync($"{Root}/rules/banned-items", new { jurisdiction = division, items = new[] { "Banner" }, effectiveFrom = "2026-01-01", source = "地方规定", confidence = "High" }))
            .ReadAsync<BannedItemsResponse>(HttpStatusCode.Created);
        Assert.Equal(new[] { ReceptionItem.Banner }, banned.Items);
        var national = await (await Admin.GetAsync($"{Root}/rules/banned-items?jurisdiction=national&on=2025-05-02")).ReadAsync<List<BannedItemsResponse>>();
        Assert.Contains(ReceptionItem.Alcohol, Assert.Single(national).Items);
        var older = await (await Admin.GetAsync($"{Root}/rules/banned-items?jurisdiction=national&on=2025-05-01")).ReadAsync<List<BannedItemsResponse>>();
        Assert.DoesNotContain(ReceptionItem.Alcohol, Assert.Single(older).Items);
    }

    private static object Dining(string jurisdiction, string from, int meals = 1, int smallGroup = 3, int perDiner = 3) => new
    {
        jurisdiction, effectiveFrom = from, maxWorkingMeals = meals, smallGroupUpTo = 10, maxDinersSmallGroup = smallGroup, guestsPerDiner = perDiner,
        source = "某市公务接待管理办法", confidence = "High",
    };

    private async Task MealStandardAsync(string jurisdiction, string rank, decimal amount) =>
        await (await Admin.PostJsonAsync($"{Root}/rules/meal-standards", new { jurisdiction, rank, amount, unit = "PerMeal", effectiveFrom = "2020-01-01", source = "某市公务接待用餐标准", confidence = "High" }))
            .ReadAsync<MealStandardResponse>(HttpStatusCode.Created);
}
