using System.Net;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>The annual reception cap per organ (R9, 总额控制).</summary>
public abstract class ReceptionCapTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task Approval_reserves_the_budget_a_cap_reached_exactly_holds_and_one_fen_more_is_refused()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var cap = await CapAsync(Admin, organ.Id, 2026, 2000.00m, warnPercent: 50);
        Assert.Equal((2000.00m, 2000.00m, false), (cap.Cap, cap.Remaining, cap.Warning));

        var first = await ApprovedAsync(Admin, organ.Id, staff, budget: 999.99m);
        var second = await ApprovedAsync(Admin, organ.Id, staff, budget: 1000.01m);
        var full = await (await Admin.GetAsync($"{Root}/caps/{organ.Id}/2026")).ReadAsync<CapResponse>();
        Assert.Equal((2000.00m, 0.00m, true), (full.Reserved, full.Remaining, full.Warning));

        var third = await SubmittedAsync(Admin, organ.Id, staff, budget: 0.01m);
        var refused = await (await Admin.PostAsync($"{Root}/{third.Id}/approve", null)).ProblemAsync((HttpStatusCode)422, "reception.over-cap");
        Assert.StartsWith("R9:", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ReceptionStatus.Submitted, (await (await Admin.GetAsync($"{Root}/{third.Id}")).ReadAsync<ReceptionResponse>()).Status);
        // Another year's cap is another budget; a year without a cap is not limited.
        await ApprovedAsync(Admin, organ.Id, staff, "2027-01-05", budget: 5000m);

        // The bureau raises the cap (audited); a cap below what is used is refused.
        await (await Admin.PutJsonAsync($"{Root}/caps/{organ.Id}/2026", new { cap = 1999.99m, warnPercent = 80 }, null)).ProblemAsync((HttpStatusCode)422, "reception.cap-below-use");
        await CapAsync(Admin, organ.Id, 2026, 2000.01m);
        await (await Admin.PostAsync($"{Root}/{third.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        Assert.True(await fixture.CountAsync("shared_audit", "entity_type = @Type AND organ_id = @Id", new { Type = "ReceptionCap", organ.Id }) >= 4);

        // Cancelling an approved reception frees its reservation; settling replaces it with the actuals.
        await (await Admin.PostJsonAsync($"{Root}/{first.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        await (await Admin.PostJsonAsync($"{Root}/{second.Id}/costs", Cost(amount: 300m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await (await Admin.PostAsync($"{Root}/{second.Id}/complete", null)).ReadAsync<ReceptionResponse>();
        await SignAsync(Admin, second.Id, staff);
        await (await Admin.PostAsync($"{Root}/{second.Id}/settle", null)).ReadAsync<ReceptionResponse>();
        var after = await (await Admin.GetAsync($"{Root}/caps/{organ.Id}/2026")).ReadAsync<CapResponse>();
        Assert.Equal((0.01m, 300.00m, 1700.00m), (after.Reserved, after.Spent, after.Remaining));
    }

    [ProviderFact]
    public async Task A_first_cap_takes_in_what_is_already_approved_and_only_the_bureau_sets_it()
    {
        var (organ, staff, key) = await OrganWithKeyAsync(Admin);
        await ApprovedAsync(Admin, organ.Id, staff, budget: 800m);
        var own = fixture.ClientFor(fixture.Factory, key);
        await (await own.PutJsonAsync($"{Root}/caps/{organ.Id}/2026", new { cap = 1_000_000m, warnPercent = 80 }, null)).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await own.GetAsync($"{Root}/caps/{organ.Id}/2026")).ProblemAsync(HttpStatusCode.NotFound, "reception.cap-not-found");
        await (await Admin.PutJsonAsync($"{Root}/caps/{organ.Id}/2026", new { cap = 799.99m, warnPercent = 80 }, null)).ProblemAsync((HttpStatusCode)422, "reception.cap-below-use");
        var cap = await CapAsync(Admin, organ.Id, 2026, 1000m);
        Assert.Equal((800.00m, 200.00m, true), (cap.Reserved, cap.Remaining, cap.Warning));
        Assert.Equal(cap.Version, (await (await own.GetAsync($"{Root}/caps/{organ.Id}/2026")).ReadAsync<CapResponse>()).Version);

        Assert.Contains("year:reception.year-invalid",
            (await (await Admin.PutJsonAsync($"{Root}/caps/{organ.Id}/1999", new { cap = 1m, warnPercent = 80 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("warnPercent:field.out-of-range",
            (await (await Admin.PutJsonAsync($"{Root}/caps/{organ.Id}/2026", new { cap = 1000m, warnPercent = 0 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("organId:reception.organ-ref-not-found",
            (await (await Admin.PutJsonAsync($"{Root}/caps/{Guid.NewGuid()}/2026", new { cap = 1000m, warnPercent = 80 }, null)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task Actuals_that_pass_the_cap_are_a_violation_until_the_bureau_raises_it()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var cap = await CapAsync(Admin, organ.Id, 2026, 1000m);
        var reception = await ApprovedAsync(Admin, organ.Id, staff, budget: 1000m);
        await (await Admin.PostJsonAsync($"{Root}/{reception.Id}/costs", Cost(category: "Transport", amount: 1200m, persons: null, units: null, items: ["Transport"])))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await (await Admin.PostAsync($"{Root}/{reception.Id}/complete", null)).ReadAsync<ReceptionResponse>();
        await SignAsync(Admin, reception.Id, staff);
        await (await Admin.PostAsync($"{Root}/{reception.Id}/settle", null)).ReadAsync<ReceptionResponse>();

        var passed = await (await Admin.GetAsync($"{Root}/caps/{organ.Id}/2026")).ReadAsync<CapResponse>();
        Assert.Equal((0.00m, 1200.00m, -200.00m), (passed.Reserved, passed.Spent, passed.Remaining));
        var open = await OpenViolationsAsync(fixture);
        var violation = Assert.Single(open, v => v.Violation.Kind == "reception.cap-passed" && v.Violation.OrganId == organ.Id);
        Assert.Equal("R9", violation.Violation.RuleId);
        var capId = violation.Violation.SubjectId;
        Assert.Equal(1, await EventsAsync(fixture, "ViolationOpened", capId));

        await CapAsync(Admin, organ.Id, 2026, 1200m);
        Assert.DoesNotContain(await OpenViolationsAsync(fixture), v => v.Violation.SubjectId == capId);
        Assert.Equal(1, await EventsAsync(fixture, "ViolationClosed", capId));
        Assert.Equal(cap.OrganId, organ.Id);
    }
}
