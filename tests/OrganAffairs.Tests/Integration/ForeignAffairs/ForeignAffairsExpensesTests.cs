using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Costs;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// Expenses of outbound visits (issue 19 item 5, F11): seat class by rank, lodging and lump sums per country just inside and just
/// outside their limits, actuals against the budget, corrections as signed differences, the cost notification Costs posts on the
/// OutboundVisit line once per source item, and its backfill.
/// </summary>
public abstract class ForeignAffairsExpensesTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private HttpClient Client => fixture.Client;

    private sealed record Delegation(OrganResponse Organ, VisitResponse Visit, VisitMemberRecord Minister, VisitMemberRecord Director, VisitMemberRecord Clerk);

    /// <summary>A provincial organ's visit to FR from 2026-05-04 for 5 days (budget 50,000), approved: a provincial deputy, a department principal, a clerk.</summary>
    private async Task<Delegation> ApprovedAsync(bool approve = true)
    {
        var organ = await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "省外事办公室", divisionCode = "320000", unifiedSocialCreditCode = TestData.Uscc("320000"), level = "Provincial", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = new List<Guid>();
        foreach (var rank in new[] { "ProvincialDeputy", "DepartmentPrincipal", "BelowDivision" })
        {
            staff.Add((await (await Client.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = $"团员{rank}", rankCode = rank, startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id);
        }
        var departs = new DateOnly(2026, 5, 4);
        var visit = await (await Client.PostJsonAsync(Root, new
        {
            organId = organ.Id,
            visit = new
            {
                purpose = "友好城市交流",
                delegationType = "General",
                departsOn = departs,
                returnsOn = departs.AddDays(4),
                members = staff.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : "Member", post = "团员" }).ToList(),
                itinerary = new[] { new { country = "FR", arrivesOn = departs, leavesOn = departs.AddDays(4), transit = false, airsideOnly = false } },
                schedule = Enumerable.Range(0, 5).Select(d => new { on = departs.AddDays(d), description = "公务会谈", official = true }).ToList(),
                budget = 50_000m,
            },
        })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
        if (approve)
        {
            await (await Client.PutJsonAsync($"{Root}/plans/{organ.Id}/2026", new { trips = 10, persons = 60 }, null)).ReadAsync<PlanResponse>();
            await (await Client.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
            visit = await (await Client.PostJsonAsync($"{Root}/{visit.Id}/approve", new { approvalNumber = "外任〔2026〕5号", approvedOn = "2026-04-10" }))
                .ReadAsync<VisitResponse>();
        }
        var members = await (await Client.GetAsync($"{Root}/{visit.Id}/members")).ReadAsync<IReadOnlyList<VisitMemberRecord>>();
        return new Delegation(organ, visit, members[0], members[1], members[2]);
    }

    private Task<HttpResponseMessage> RecordAsync(Guid visitId, object body, HttpClient? client = null) =>
        (client ?? Client).PostJsonAsync($"{Root}/{visitId}/expenses", body);

    private static object Ticket(Guid memberId, string seat, decimal amount = 8_000m) =>
        new { category = "InternationalTravel", memberId, amount, paidOn = "2026-04-20", paymentReference = "GWK-0001", seatClass = seat };

    private static object Lodging(Guid memberId, string country, int nights, decimal amount) =>
        new { category = "Lodging", memberId, amount, paidOn = "2026-05-08", paymentReference = "GWK-0002", country, units = nights };

    private static object Meals(Guid memberId, string country, int days, decimal amount) =>
        new { category = "MealsAndIncidentals", memberId, amount, paidOn = "2026-05-09", paymentReference = "ZZ-0003", country, units = days };

    private async Task AddRuleAsync(string path, object body) =>
        await (await Client.PostJsonAsync($"{Root}/rules/{path}", body)).ReadAsync<ExpenseRuleResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task The_seat_class_follows_the_rank_first_business_economy()
    {
        var d = await ApprovedAsync();
        await (await RecordAsync(d.Visit.Id, Ticket(d.Clerk.Id, "Economy"))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        var problem = await (await RecordAsync(d.Visit.Id, Ticket(d.Clerk.Id, "Business"))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.seat-class-above-rank");
        Assert.StartsWith("F11", problem.GetProperty("detail").GetString());
        var business = await (await RecordAsync(d.Visit.Id, Ticket(d.Director.Id, "Business"))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        Assert.Equal(new Guid("00000000-0000-0000-0019-000000000005"), business.RuleVersionId);
        await (await RecordAsync(d.Visit.Id, Ticket(d.Director.Id, "First"))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.seat-class-above-rank");
        await (await RecordAsync(d.Visit.Id, Ticket(d.Minister.Id, "First"))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        // Refused lines wrote nothing.
        Assert.Equal(3, await fixture.CountAsync("foreign_affairs_expense", "visit_id = @Id", new { d.Visit.Id }));
    }

    [ProviderFact]
    public async Task Lodging_and_lump_sums_pass_at_their_limit_and_not_a_fen_above()
    {
        var d = await ApprovedAsync();
        await AddRuleAsync("lodging", new
        {
            country = "DE", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：财行〔2013〕516号附件（示例值）", confidence = "U",
            limits = new { provincialMinisterial = 1500m, bureauDirector = 1200m, other = 900m },
        });
        await AddRuleAsync("allowances", new
        {
            country = "IT", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：财行〔2013〕516号附件（示例值）", confidence = "U",
            allowances = new { mealsPerDay = 300m, incidentalsPerDay = 150.50m },
        });

        var atLimit = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "DE", 3, 2_700m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        Assert.Equal(2_700.00m, atLimit.Limit);
        var problem = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "DE", 3, 2_700.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        Assert.StartsWith("F11", problem.GetProperty("detail").GetString());
        await (await RecordAsync(d.Visit.Id, Lodging(d.Director.Id, "DE", 3, 3_600m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, Lodging(d.Director.Id, "DE", 3, 3_600.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        await (await RecordAsync(d.Visit.Id, Lodging(d.Minister.Id, "DE", 1, 1_500m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        // No limit in force for the country (none seeded): recorded unchecked.
        var unchecked_ = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "BR", 2, 99_999m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        Assert.Null(unchecked_.Limit);

        // Lump sums: 5 days abroad (departure and arrival days counted) × 450.50.
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "IT", 5, 2_252.50m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "IT", 5, 2_252.51m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.allowance-over-limit");
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "IT", 6, 100m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.allowance-over-limit");

        // A later local version of the lodging limits applies to payments from its start (costs by the payment's date).
        await AddRuleAsync("lodging", new
        {
            country = "DE", jurisdiction = "320000", effectiveFrom = "2026-05-08", source = "测试：江苏省标准（示例值）", confidence = "U",
            limits = new { provincialMinisterial = 1000m, bureauDirector = 800m, other = 600m },
        });
        await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "DE", 1, 600.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        var rules = await (await Client.GetAsync($"{Root}/rules/expenses?kind=lodging&jurisdiction=320000")).ReadAsync<IReadOnlyList<ExpenseRuleResponse>>();
        Assert.Equal(["320000", "national"], rules.Where(r => r.Key == "DE").Select(r => r.Jurisdiction));
    }

    [ProviderFact]
    public async Task Actuals_meet_the_budget_corrections_are_differences_and_costs_post_each_item_once()
    {
        var d = await ApprovedAsync();
        await AddRuleAsync("lodging", new
        {
            country = "ES", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：示例值", confidence = "U",
            limits = new { provincialMinisterial = 1500m, bureauDirector = 1200m, other = 900m },
        });
        var ticket = await (await RecordAsync(d.Visit.Id, Ticket(d.Clerk.Id, "Economy", 8_000m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        var lodging = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "ES", 3, 2_700m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, new { category = "Other", amount = 300.25m, paidOn = "2027-01-05", paymentReference = "ZZ-9", note = "签证费" }))
            .ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);

        // A correction: the new amount, recorded as the signed difference, within the line's limit.
        await (await Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{lodging.Id}/corrections", new { amount = 2_700.01m, paidOn = "2026-05-20", reason = "补交房费" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        var correction = await (await Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{lodging.Id}/corrections", new { amount = 2_500m, paidOn = "2026-05-20", reason = "酒店退还多收房费" }))
            .ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        Assert.Equal((-200.00m, lodging.Id), (correction.Amount, correction.CorrectsId));
        await (await Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{correction.Id}/corrections", new { amount = 1m, paidOn = "2026-05-20", reason = "再更正" }))
            .ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.expense-is-correction");
        await (await Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{lodging.Id}/corrections", new { amount = 2_500m, paidOn = "2026-05-20", reason = "无变化" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{Guid.NewGuid()}/corrections", new { amount = 1m, paidOn = "2026-05-20", reason = "不存在" }))
            .ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.expense-not-found");

        var summary = await (await Client.GetAsync($"{Root}/{d.Visit.Id}/expenses")).ReadAsync<VisitExpensesResponse>();
        Assert.Equal((50_000.00m, 10_800.25m, 39_199.75m, false), (summary.Budget, summary.Actual, summary.Remaining, summary.OverBudget));
        Assert.Equal(2_500.00m, summary.Lines.Single(l => l.Id == lodging.Id).Current);
        Assert.Equal(2_500.00m, summary.ByCategory.Single(c => c.Category == ExpenseCategory.Lodging).Actual);
        Assert.Equal(8_000.00m, summary.ByCategory.Single(c => c.Category == ExpenseCategory.InternationalTravel).Actual);

        // Costs posts every line and correction once on the OutboundVisit line; the payment date decides the year.
        var actuals = await CostsSetup.ActualsWhenAsync(Client, d.Organ.Id, a => CostsSetup.Line(a, CostLine.OutboundVisit) == 10_500.00m);
        Assert.Equal(3, actuals.Lines.Single(l => l.Line == CostLine.OutboundVisit).Entries);
        await CostsSetup.ActualsWhenAsync(Client, d.Organ.Id, a => CostsSetup.Line(a, CostLine.OutboundVisit) == 300.25m, 2027);

        // As if Costs had started after the events: the backfill posts them once, however often it runs.
        await using (var connection = fixture.OpenConnection())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM costs_entry WHERE organ_id = @Id", new { d.Organ.Id });
            await CostsSetup.RebuildTotalsAsync(connection, d.Organ.Id);
        }
        var backfill = fixture.Factory.Services.GetRequiredService<CostsBackfill>();
        Assert.True(await backfill.RunAsync(force: true, CancellationToken.None) >= 4);
        await backfill.RunAsync(force: true, CancellationToken.None);
        Assert.Equal(10_500.00m, CostsSetup.Line(await CostsSetup.ActualsAsync(Client, d.Organ.Id), CostLine.OutboundVisit));
        Assert.Equal(4, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { d.Organ.Id }));
        Assert.Equal(1, await fixture.CountAsync("costs_backfill", "source = 'ForeignAffairs.Outbound'"));
        Assert.Equal(1, await fixture.CountAsync("costs_entry", "entry_id = @Id", new { ticket.Id }));
    }

    [ProviderFact]
    public async Task Bad_input_writes_nothing_and_another_organs_visit_is_not_found()
    {
        var d = await ApprovedAsync();
        var draft = await ApprovedAsync(approve: false);
        async Task<IReadOnlyList<string>> InvalidAsync(object body) =>
            (await (await RecordAsync(d.Visit.Id, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();

        Assert.Contains(await InvalidAsync(new { category = "InternationalTravel", memberId = d.Clerk.Id, amount = 10m, paidOn = "2026-04-20", paymentReference = "X" }),
            e => e.EndsWith(":foreign-affairs.expense-fields-missing", StringComparison.Ordinal));
        Assert.Contains(await InvalidAsync(new { category = "Lodging", memberId = d.Clerk.Id, amount = 10m, paidOn = "2026-04-20", paymentReference = "X", country = "fr", units = 1 }),
            e => e.EndsWith(":foreign-affairs.country-invalid", StringComparison.Ordinal));
        Assert.Contains(await InvalidAsync(Ticket(d.Clerk.Id, "Economy", 0m)), e => e.EndsWith(":foreign-affairs.amount-invalid", StringComparison.Ordinal));
        Assert.Contains(await InvalidAsync(Ticket(d.Clerk.Id, "Economy", 1.005m)), e => e.EndsWith(":foreign-affairs.amount-invalid", StringComparison.Ordinal));
        await (await RecordAsync(d.Visit.Id, new { category = "Other", amount = 10m, paymentReference = "X" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.NotEmpty(await InvalidAsync(new { category = "Lodging", memberId = d.Clerk.Id, amount = 10m, paidOn = "2026-04-20", paymentReference = "X", country = "FR", units = 61 }));
        Assert.NotEmpty(await InvalidAsync(Ticket(d.Clerk.Id, "Premium")));
        Assert.Contains(await InvalidAsync(Ticket(draft.Clerk.Id, "Economy")), e => e.EndsWith(":foreign-affairs.member-ref-not-found", StringComparison.Ordinal));
        await (await RecordAsync(draft.Visit.Id, Ticket(draft.Clerk.Id, "Economy"))).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.expense-not-open");
        await (await RecordAsync(Guid.NewGuid(), Ticket(d.Clerk.Id, "Economy"))).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await Client.PostJsonAsync($"{Root}/rules/lodging", new
        {
            country = "NL", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试", confidence = "U",
            limits = new { provincialMinisterial = -1m, bureauDirector = 1m, other = 1m },
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/rules/expenses?kind=seats")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_expense", "visit_id = @Id", new { d.Visit.Id }));

        // Another organ's principal: its visit and expenses are not found; it cannot edit the bureau's rules.
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = draft.Organ.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var other = fixture.ClientFor(fixture.Factory, key.Key);
        await (await RecordAsync(d.Visit.Id, Ticket(d.Clerk.Id, "Economy"), other)).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await other.GetAsync($"{Root}/{d.Visit.Id}/expenses")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await other.PostJsonAsync($"{Root}/rules/allowances", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [ProviderFact]
    public async Task Lines_of_one_member_and_country_are_summed_against_the_limit_times_the_nights_or_days_in_the_country()
    {
        // The visit is in FR from 2026-05-04 to 2026-05-08: 4 nights, 5 days.
        var d = await ApprovedAsync();
        await AddRuleAsync("lodging", new
        {
            country = "FR", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：示例值", confidence = "U",
            limits = new { provincialMinisterial = 1500m, bureauDirector = 1200m, other = 900m },
        });
        await AddRuleAsync("allowances", new
        {
            country = "FR", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：示例值", confidence = "U",
            allowances = new { mealsPerDay = 300m, incidentalsPerDay = 150.50m },
        });

        // Lodging: two hotels, each within its own limit; together at most 4 × 900 = 3,600.
        var first = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "FR", 2, 1_800m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        var over = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "FR", 3, 1_800.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        Assert.StartsWith("F11", over.GetProperty("detail").GetString());
        Assert.Contains("3600", over.GetProperty("detail").GetString()!.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var second = await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "FR", 3, 1_800m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        // Another member's lines are summed apart.
        await (await RecordAsync(d.Visit.Id, Lodging(d.Director.Id, "FR", 4, 4_800m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);

        // Corrections count with their signed differences: raising the second line one fen is over the sum; lowering the first makes room.
        Task<HttpResponseMessage> CorrectAsync(Guid lineId, decimal amount) =>
            Client.PostJsonAsync($"{Root}/{d.Visit.Id}/expenses/{lineId}/corrections", new { amount, paidOn = "2026-05-20", reason = "更正房费" });
        await (await CorrectAsync(second.Id, 1_800.01m)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        await (await CorrectAsync(first.Id, 1_700m)).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await CorrectAsync(second.Id, 1_900m)).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "FR", 1, 0.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");

        // Meals and incidentals: 5 days × 450.50 = 2,252.50 over every line of the member in the country.
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "FR", 3, 1_351.50m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "FR", 2, 901.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.allowance-over-limit");
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "FR", 2, 901m))).ReadAsync<ExpenseLineResponse>(HttpStatusCode.Created);
        await (await RecordAsync(d.Visit.Id, Meals(d.Clerk.Id, "FR", 1, 0.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.allowance-over-limit");
        Assert.Equal(7, await fixture.CountAsync("foreign_affairs_expense", "visit_id = @Id", new { d.Visit.Id }));
    }

    [ProviderFact]
    public async Task Lines_recorded_at_once_for_one_member_and_country_through_two_Hosts_never_pass_the_sum_together()
    {
        // JP is not on the itinerary: the whole stay abroad counts, 4 nights × 900.
        var d = await ApprovedAsync();
        await AddRuleAsync("lodging", new
        {
            country = "JP", jurisdiction = "national", effectiveFrom = "2026-01-01", source = "测试：示例值", confidence = "U",
            limits = new { provincialMinisterial = 1500m, bureauDirector = 1200m, other = 900m },
        });
        using var second = fixture.CreateFactory();
        var b = fixture.ClientFor(second);
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => RecordAsync(d.Visit.Id, Lodging(d.Clerk.Id, "JP", 1, 900m), i % 2 == 0 ? Client : b)));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.lodging-over-limit");
        }
        Assert.Equal(4, await fixture.CountAsync("foreign_affairs_expense", "visit_id = @Id", new { d.Visit.Id }));
    }
}
