using System.Net;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>The reception list (接待清单, R5, R5b) and the reimbursement pack (issue 18 items 5, 6).</summary>
public abstract class ReceptionListTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task The_list_flags_guests_not_on_the_letter_is_signed_frozen_and_every_version_kept()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, (await LetterAsync(Admin, organ.Id)).Id);
        var body = new { staffMemberId = staff, guests = new[] { new { unit = "某省发展和改革委员会", name = "来宾1", post = "处长" } }, accompanyingStaff = Array.Empty<object>(), supportStaff = Array.Empty<object>() };
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/lists", body)).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        await (await Admin.PostAsync($"{Root}/{draft.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{draft.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        var first = await SignAsync(Admin, draft.Id, staff, guests: 3, extraGuest: "不在函上");
        Assert.Equal((1, 4, 1, staff), (first.Version, first.Guests.Count, first.GuestsNotOnLetter, first.SignedBy));
        Assert.False(Assert.Single(first.Guests, g => g.Name == "不在函上").OnLetter);
        Assert.Equal(("陪同甲", "工作人员乙"), (Assert.Single(first.AccompanyingStaff).Name, Assert.Single(first.SupportStaff).Name));
        Assert.Equal(("市政府1号会议室", 0.00m), (first.Place, first.Cost));

        // A change after signing is a new signed version; the first stays as it was signed.
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost(amount: 250m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        var second = await SignAsync(Admin, draft.Id, staff);
        Assert.Equal((2, 0, 250.00m), (second.Version, second.GuestsNotOnLetter, second.Cost));
        var versions = await (await Admin.GetAsync($"{Root}/{draft.Id}/lists")).ReadAsync<List<ReceptionListResponse>>();
        Assert.Equal(new[] { 1, 2 }, versions.Select(v => v.Version));
        Assert.Equal((4, 0.00m), (versions[0].Guests.Count, versions[0].Cost));

        Assert.Contains("staffMemberId:reception.staff-ref-not-found",
            (await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/lists", body with { staffMemberId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("guests:field.required",
            (await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/lists", new { staffMemberId = staff, guests = Array.Empty<object>(), accompanyingStaff = Array.Empty<object>(), supportStaff = Array.Empty<object>() }))
                .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.GetAsync($"{Root}/{Guid.NewGuid()}/lists")).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        Assert.Equal(2, await fixture.CountAsync("reception_list", "reception_id = @Id", new { draft.Id }));
    }

    [ProviderFact]
    public async Task The_pack_says_what_is_missing_and_answers_json_or_csv()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, null);
        var empty = await (await Admin.GetAsync($"{Root}/{draft.Id}/pack")).ReadAsync<ReimbursementPackResponse>();
        Assert.False(empty.Complete);
        Assert.Equal(new[] { "letter", "approval", "signed-list", "cost-lines" }, empty.Missing);

        var approved = await ApprovedAsync(Admin, organ.Id, staff);
        await (await Admin.PostJsonAsync($"{Root}/{approved.Id}/costs", Cost(amount: 480m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await SignAsync(Admin, approved.Id, staff);
        var pack = await (await Admin.GetAsync($"{Root}/{approved.Id}/pack")).ReadAsync<ReimbursementPackResponse>();
        Assert.True(pack.Complete);
        Assert.Empty(pack.Missing);
        Assert.Equal((3, 1, 480.00m), (pack.Letter!.Guests.Count, pack.List!.Version, Assert.Single(pack.Costs).Amount));

        var csv = await Admin.GetAsync($"{Root}/{approved.Id}/pack?format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("receptionId,title,letterNumber", lines[0], StringComparison.Ordinal);
        Assert.Contains("480.00", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
        Assert.Contains("format:request.enum-invalid",
            (await (await Admin.GetAsync($"{Root}/{approved.Id}/pack?format=Pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Admin.GetAsync($"{Root}/{Guid.NewGuid()}/pack")).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
    }

    [ProviderFact]
    public async Task The_cost_report_sums_each_organs_year_as_json_or_csv_and_an_organ_sees_its_own()
    {
        var (organ, staff, key) = await OrganWithKeyAsync(Admin);
        var approved = await ApprovedAsync(Admin, organ.Id, staff, budget: 900m);
        await (await Admin.PostJsonAsync($"{Root}/{approved.Id}/costs", Cost(amount: 410.5m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await ReceptionAsync(Admin, organ.Id, staff, null); // a Draft does not count
        var other = await OrganAsync(Admin);
        await ApprovedAsync(Admin, other.Id, await StaffAsync(Admin, other.Id));

        var rows = await (await Admin.GetAsync($"{Root}/reports/costs?year=2026&organId={organ.Id}")).ReadAsync<List<ReceptionCostReportRow>>();
        Assert.Equal(new ReceptionCostReportRow(organ.Id, 2026, 1, 3, 900.00m, 410.50m, 0.00m), Assert.Single(rows));
        var own = await (await fixture.ClientFor(fixture.Factory, key).GetAsync($"{Root}/reports/costs?year=2026")).ReadAsync<List<ReceptionCostReportRow>>();
        Assert.Equal(organ.Id, Assert.Single(own).OrganId);
        var csv = await (await Admin.GetAsync($"{Root}/reports/costs?year=2026&organId={organ.Id}&format=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("410.50", csv, StringComparison.Ordinal);
        Assert.Contains("year:reception.year-invalid",
            (await (await Admin.GetAsync($"{Root}/reports/costs?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }
}
