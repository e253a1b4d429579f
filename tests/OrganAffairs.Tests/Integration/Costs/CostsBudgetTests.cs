using System.Net;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>Budgets per organ, year and line, adjustments under T1, final accounts, organ scope and bad input (issue 22 item 1).</summary>
public abstract class CostsBudgetTests(ApiFixture fixture)
{
    private const string Url = CostsSetup.Root;
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task A_budget_is_recorded_per_line_and_a_transfer_into_a_line_is_refused_while_a_reduction_is_audited()
    {
        var organ = await OrganAsync(Admin);
        var budget = await BudgetAsync(Admin, Budget(organ.Id, reception: 1000m, purchase: 250_000m, operation: 500.50m));
        Assert.Equal((2026, new DateOnly(2026, 2, 10), 251_500.50m, 1L), (budget.Year, budget.ApprovedOn, budget.Total, budget.Version));
        Assert.Equal([CostLine.Reception, CostLine.VehiclePurchase, CostLine.VehicleOperation, CostLine.OutboundVisit], budget.Lines.Select(l => l.Line));
        var got = await Admin.GetAsync($"{Url}/budgets/{organ.Id}/2026");
        Assert.Equal("\"1\"", got.ETag());
        Assert.Equal(budget.Total, (await got.ReadAsync<BudgetResponse>()).Total);
        await (await Admin.PostJsonAsync($"{Url}/budgets", Budget(organ.Id))).ProblemAsync(HttpStatusCode.Conflict, "costs.budget-exists");

        // T1: one fen more on the reception line is a transfer in, whatever part it goes to; the budget is unchanged.
        var refused = await (await AdjustAsync(Admin, organ.Id, 2026, 1, "Reception", 1000.01m, 0m, "从办公费调入")).ProblemAsync((HttpStatusCode)422, "costs.transfer-into-three-public");
        Assert.StartsWith("T1:", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await AdjustAsync(Admin, organ.Id, 2026, 1, "OutboundVisit", 0m, 0.01m)).ProblemAsync((HttpStatusCode)422, "costs.transfer-into-three-public");
        // A shift between basic and project of one line keeps its total: allowed. A reduction: allowed. Both audited.
        var shifted = await (await AdjustAsync(Admin, organ.Id, 2026, 1, "Reception", 600m, 400m, "基本支出转项目支出")).ReadAsync<BudgetResponse>();
        var reduced = await (await AdjustAsync(Admin, organ.Id, 2026, shifted.Version, "Reception", 600m, 300m)).ReadAsync<BudgetResponse>();
        var line = reduced.Lines.Single(l => l.Line == CostLine.Reception);
        Assert.Equal((600m, 300m, 900m, 3L), (line.Basic, line.Project, line.Total, reduced.Version));
        Assert.Equal(2, await fixture.CountAsync("shared_audit", "entity_type = @Type AND entity_id = @Id", new { Type = "CostsBudgetLine", line.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = @Type AND entity_id = @Id", new { Type = "CostsBudget", budget.Id }));

        // If-Match: missing 428, stale 412.
        await (await AdjustAsync(Admin, organ.Id, 2026, null, "Reception", 1m, 0m)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await AdjustAsync(Admin, organ.Id, 2026, 2, "Reception", 1m, 0m)).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await AdjustAsync(Admin, organ.Id, 2027, 3, "Reception", 1m, 0m)).ProblemAsync(HttpStatusCode.NotFound, "costs.budget-not-found");
    }

    [ProviderFact]
    public async Task Final_accounts_state_the_actuals_posted_when_they_are_recorded()
    {
        var organ = await OrganAsync(Admin);
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 12_345, "2025-12-31"));
        await DeliverAsync(fixture.Factory, ReceptionCost(organ.Id, 55_500, "2026-01-01"));
        var account = await (await Admin.PostJsonAsync($"{Url}/final-accounts", new { organId = organ.Id, year = 2025, approvedOn = "2026-06-30" }))
            .ReadAsync<FinalAccountResponse>(HttpStatusCode.Created);
        Assert.Equal((123.45m, 123.45m), (account.Lines.Single(l => l.Line == CostLine.Reception).Actual, account.Total));
        Assert.Equal(account.Id, (await (await Admin.GetAsync($"{Url}/final-accounts/{organ.Id}/2025")).ReadAsync<FinalAccountResponse>()).Id);
        await (await Admin.PostJsonAsync($"{Url}/final-accounts", new { organId = organ.Id, year = 2025, approvedOn = "2026-07-01" }))
            .ProblemAsync(HttpStatusCode.Conflict, "costs.final-account-exists");
        await (await Admin.GetAsync($"{Url}/final-accounts/{organ.Id}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.final-account-not-found");
    }

    [ProviderFact]
    public async Task An_organ_sees_its_own_budget_only()
    {
        var own = await OrganAsync(Admin);
        var other = await OrganAsync(Admin);
        await BudgetAsync(Admin, Budget(own.Id));
        var budget = await BudgetAsync(Admin, Budget(other.Id));
        var key = (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "财务系统", organId = own.Id, scopes = new[] { "costs.read", "costs.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var client = fixture.ClientFor(fixture.Factory, key);
        await (await client.GetAsync($"{Url}/budgets/{own.Id}/2026")).ReadAsync<BudgetResponse>();
        await (await client.GetAsync($"{Url}/budgets/{other.Id}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.budget-not-found");
        await (await client.GetAsync($"{Url}/actuals/{other.Id}/2026")).ProblemAsync(HttpStatusCode.NotFound, "costs.organ-not-found");
        await (await AdjustAsync(client, other.Id, 2026, budget.Version, "Reception", 1m, 0m)).ProblemAsync(HttpStatusCode.NotFound, "costs.budget-not-found");
        Assert.Contains("organId:costs.organ-ref-not-found",
            (await (await client.PostJsonAsync($"{Url}/budgets", Budget(other.Id, year: 2027, approvedOn: "2027-02-01"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("costs_budget", "organ_id = @Id AND year = 2027", new { other.Id }));
    }

    [ProviderTheory]
    [InlineData("""{"organId":"ORGAN","year":1999,"approvedOn":"1999-02-01","warnPercent":80,"lines":[]}""", "year:costs.year-invalid")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2024-12-31","warnPercent":80,"lines":[]}""", "approvedOn:costs.approval-date-invalid")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":0,"lines":[]}""", "warnPercent:field.out-of-range")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":80,"lines":[{"line":"Reception","basic":1,"project":0},{"line":"Reception","basic":2,"project":0}]}""", "lines:costs.line-repeated")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":80,"lines":[{"line":"Reception","basic":1.001,"project":0}]}""", "lines[0].basic:costs.money-invalid")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":80,"lines":[{"line":"Reception","basic":-1,"project":0}]}""", "lines[0].basic:costs.money-invalid")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":80,"lines":[{"line":"Office","basic":1,"project":0}]}""", "lines[0].line:request.enum-invalid")]
    [InlineData("""{"organId":"ORGAN","year":2026,"approvedOn":"2026-02-01","warnPercent":80}""", "", "request.member-missing")]
    public async Task Bad_budget_input_is_400_and_writes_nothing(string body, string fieldError, string code = "request.invalid")
    {
        var organ = await OrganAsync(Admin);
        var problem = await (await Admin.PostRawAsync($"{Url}/budgets", body.Replace("ORGAN", organ.Id.ToString()))).ProblemAsync(HttpStatusCode.BadRequest, code);
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(0, await fixture.CountAsync("costs_budget", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Bad_adjustments_are_400_and_change_nothing()
    {
        var organ = await OrganAsync(Admin);
        var budget = await BudgetAsync(Admin, Budget(organ.Id));
        Assert.Contains("reason:field.required", (await (await AdjustAsync(Admin, organ.Id, 2026, 1, "Reception", 1m, 0m, "")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("basic:costs.money-invalid", (await (await AdjustAsync(Admin, organ.Id, 2026, 1, "Reception", -1m, 0m)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("reason:field.too-long", (await (await AdjustAsync(Admin, organ.Id, 2026, 1, "Reception", 1m, 0m, new string('理', 501))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(budget.Total, (await (await Admin.GetAsync($"{Url}/budgets/{organ.Id}/2026")).ReadAsync<BudgetResponse>()).Total);
    }
}
