using System.Net;
using System.Net.Http.Headers;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// The reports of issue 19 item 9 through HTTP, JSON and CSV: visits and persons per organ and year against the plan, overdue documents
/// and reports, incoming delegations of a year, agreements by type and state with those expiring; bad input and organ scope.
/// </summary>
public abstract class ForeignAffairsReportsTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private const string Reports = Root + "/reports";
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync(string division = "350102") =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "区外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<IReadOnlyList<Guid>> StaffAsync(Guid organId, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await (await Client.PostJsonAsync("/api/v1/organs/staff", new { organId, name = $"团员{i}", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id);
        }
        return ids;
    }

    private static object Fields(IReadOnlyList<Guid> members) => new
    {
        purpose = "考察港口管理",
        delegationType = "General",
        departsOn = "2027-03-01",
        returnsOn = "2027-03-05",
        members = members.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : "Member", post = "处长" }).ToList(),
        itinerary = new[] { new { country = "NL", arrivesOn = "2027-03-01", leavesOn = "2027-03-05", transit = false, airsideOnly = false } },
        schedule = Enumerable.Range(1, 5).Select(d => new { on = $"2027-03-0{d}", description = "公务会谈", official = true }).ToList(),
        fundingSource = "部门预算",
        budget = 50_000m,
    };

    private async Task<Guid> ApprovedAsync(Guid organId, IReadOnlyList<Guid> members)
    {
        var draft = await (await Client.PostJsonAsync(Root, new { organId, visit = Fields(members) })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
        await (await Client.PostAsync($"{Root}/{draft.Id}/submit", null)).ReadAsync<VisitResponse>();
        await (await Client.PostJsonAsync($"{Root}/{draft.Id}/approve", new { approvalNumber = "外任〔2027〕30号", approvedOn = "2027-02-10" })).ReadAsync<VisitResponse>();
        return draft.Id;
    }

    private async Task<Guid> ReturnedAsync(Guid organId, IReadOnlyList<Guid> members)
    {
        var id = await ApprovedAsync(organId, members);
        await (await Client.PostAsync($"{Root}/{id}/depart", null)).ReadAsync<VisitResponse>();
        await (await Client.PostJsonAsync($"{Root}/{id}/return", new { returnedOn = "2027-03-05" })).ReadAsync<VisitResponse>();
        return id;
    }

    private async Task<HttpClient> OrganClientAsync(Guid organId)
    {
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return fixture.ClientFor(fixture.Factory, key.Key);
    }

    private async Task<string> CsvAsync(string url, bool byAccept = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, byAccept ? url : url + "&format=Csv");
        if (byAccept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        }
        var response = await Client.SendAsync(request);
        Assert.Equal((HttpStatusCode.OK, "text/csv"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));   // UTF-8 with a byte-order mark
        return System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [ProviderFact]
    public async Task The_visits_report_sets_approvals_and_departures_against_the_plan()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync("350103");
        await (await Client.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = 5, persons = 20 }, null)).ReadAsync<PlanResponse>();
        var staff = await StaffAsync(organ.Id, 4);
        var departed = await ApprovedAsync(organ.Id, staff.Take(3).ToList());
        await (await Client.PostAsync($"{Root}/{departed}/depart", null)).ReadAsync<VisitResponse>();
        await ApprovedAsync(organ.Id, [staff[0], staff[3]]);   // approved, not departed

        var rows = await (await Client.GetAsync($"{Reports}/visits?year=2027&organId={organ.Id}")).ReadAsync<List<VisitsReportRow>>();
        Assert.Equal(new VisitsReportRow(organ.Id, 2027, 5, 20, 2, 5, 1, 3, 3, 3, 15), Assert.Single(rows));
        Assert.Empty(await (await Client.GetAsync($"{Reports}/visits?year=2028&organId={organ.Id}")).ReadAsync<List<VisitsReportRow>>());

        var csv = await CsvAsync($"{Reports}/visits?year=2027&organId={organ.Id}");
        Assert.Equal($"organId,year,plannedTrips,plannedPersons,approvedTrips,approvedPersons,departedVisits,travellers,distinctTravellers,tripsLeft,personsLeft\r\n{organ.Id},2027,5,20,2,5,1,3,3,3,15\r\n", csv);
        Assert.Contains($"{organ.Id},2027,5,20", await CsvAsync($"{Reports}/visits?year=2027", byAccept: true));

        // Bad input.
        await (await Client.GetAsync($"{Reports}/visits")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/visits?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/visits?year=2027&format=Xml")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/visits?year=abc")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");

        // Organ scope: another organ sees its own only; naming this organ is 404.
        var theirs = await OrganClientAsync(other.Id);
        await (await theirs.GetAsync($"{Reports}/visits?year=2027&organId={organ.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
        Assert.Empty(await (await theirs.GetAsync($"{Reports}/visits?year=2027")).ReadAsync<List<VisitsReportRow>>());
        var mine = await OrganClientAsync(organ.Id);
        Assert.Equal([organ.Id], (await (await mine.GetAsync($"{Reports}/visits?year=2027")).ReadAsync<List<VisitsReportRow>>()).Select(r => r.OrganId));
    }

    [ProviderFact]
    public async Task The_overdue_report_lists_documents_from_the_day_after_their_due_date_and_reports_after_theirs()
    {
        await (await Client.PostJsonAsync($"{Root}/rules/deadlines", new
        {
            jurisdiction = "350000", effectiveFrom = "2020-01-01", deadlines = new { publicationWorkingDays = (int?)null, reportDays = 30, reportInWorkingDays = false },
            source = "闽外办〔2020〕2号", confidence = "M",
        })).ReadAsync<VisitDeadlinesResponse>(HttpStatusCode.Created);
        var organ = await OrganAsync("350104");
        var other = await OrganAsync("350105");
        await (await Client.PutJsonAsync($"{Root}/plans/{organ.Id}/2027", new { trips = 5, persons = 20 }, null)).ReadAsync<PlanResponse>();
        var staff = await StaffAsync(organ.Id, 2);
        var visit = await ReturnedAsync(organ.Id, staff);

        async Task<List<OverdueReportRow>> OnAsync(string day) =>
            await (await Client.GetAsync($"{Reports}/overdue?asOf={day}&organId={organ.Id}")).ReadAsync<List<OverdueReportRow>>();
        // Returned 2027-03-05: documents due 2027-03-12 (7 days), the report 2027-04-04 (30 days).
        Assert.Empty(await OnAsync("2027-03-12"));
        var day8 = await OnAsync("2027-03-13");
        Assert.Equal(2, day8.Count);
        Assert.All(day8, r => Assert.Equal((OverdueItemKind.Document, visit, new DateOnly(2027, 3, 12), 1, false), (r.Kind, r.VisitId, r.DueOn, r.DaysOverdue, r.LocksNewVisits)));
        Assert.Equal(staff.Order(), day8.Select(r => r.StaffMemberId!.Value).Order());
        Assert.DoesNotContain(await OnAsync("2027-04-04"), r => r.Kind == OverdueItemKind.Report);
        var late = Assert.Single(await OnAsync("2027-04-05"), r => r.Kind == OverdueItemKind.Report);
        Assert.Equal((visit, new DateOnly(2027, 4, 4), 1, (Guid?)null), (late.VisitId, late.DueOn, late.DaysOverdue, late.MemberId));

        var csv = await CsvAsync($"{Reports}/overdue?asOf=2027-04-05&organId={organ.Id}");
        Assert.StartsWith("kind,visitId,organId,memberId,staffMemberId,personName,documentKind,documentNumber,returnedOn,dueOn,daysOverdue,locksNewVisits\r\n", csv);
        Assert.Contains($"Report,{visit},{organ.Id},,,,,,2027-03-05,2027-04-04,1,false", csv);

        await (await Client.GetAsync($"{Reports}/overdue?asOf=1999-01-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/overdue?asOf=yesterday")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        var theirs = await OrganClientAsync(other.Id);
        await (await theirs.GetAsync($"{Reports}/overdue?asOf=2027-04-05&organId={organ.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
        Assert.Empty(await (await theirs.GetAsync($"{Reports}/overdue?asOf=2027-04-05")).ReadAsync<List<OverdueReportRow>>());
    }

    [ProviderFact]
    public async Task The_incoming_and_agreements_reports_answer_a_year_and_the_expiring()
    {
        var organ = await OrganAsync("350111");
        var other = await OrganAsync("350112");
        var delegation = await (await Client.PostJsonAsync($"{Root}/incoming", ForeignAffairsDelegationsTests.Body(organ.Id, "Other", "Other", "Other")))
            .ReadAsync<DelegationResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"{Root}/incoming/{delegation.Id}/costs", ForeignAffairsDelegationsTests.Cost("Banquet", 500.50m, persons: 2))).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);
        await (await Client.PostJsonAsync($"{Root}/incoming/{delegation.Id}/costs", ForeignAffairsDelegationsTests.Cost("Transport", 99.50m))).ReadAsync<DelegationCostResponse>(HttpStatusCode.Created);

        var incoming = await (await Client.GetAsync($"{Reports}/incoming?year=2026&organId={organ.Id}")).ReadAsync<List<IncomingReportRow>>();
        Assert.Equal(new IncomingReportRow(delegation.Id, organ.Id, "法国里昂市代表团", "FR", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 3), 2, 2, 600.00m), Assert.Single(incoming));
        Assert.Empty(await (await Client.GetAsync($"{Reports}/incoming?year=2027&organId={organ.Id}")).ReadAsync<List<IncomingReportRow>>());
        Assert.Contains($"{delegation.Id},{organ.Id},法国里昂市代表团,FR,2026-06-01,2026-06-03,2,2,600.00", await CsvAsync($"{Reports}/incoming?year=2026&organId={organ.Id}"));
        await (await Client.GetAsync($"{Reports}/incoming")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var letter = await (await Client.PostJsonAsync($"{Root}/agreements", new { organId = organ.Id, partnerCity = "Nice", partnerCountry = "FR", type = "LetterOfIntent", proposedOn = "2020-01-10" }))
            .ReadAsync<AgreementResponse>(HttpStatusCode.Created);
        letter = await (await Client.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/agreements/{letter.Id}/state",
            System.Text.Json.JsonSerializer.Serialize(new { state = "Signed", on = "2020-03-01", expiresOn = "2026-09-15" }, Http.Json), ifMatch: $"\"{letter.Version}\""))).ReadAsync<AgreementResponse>();
        var sister = await (await Client.PostJsonAsync($"{Root}/agreements", new { organId = organ.Id, partnerCity = "Lyon", partnerCountry = "FR", type = "SisterCity", proposedOn = "2020-01-10" }))
            .ReadAsync<AgreementResponse>(HttpStatusCode.Created);

        async Task<List<AgreementReportRow>> AgreementsAsync(string query) =>
            await (await Client.GetAsync($"{Reports}/agreements?organId={organ.Id}&asOf=2026-06-01&{query}")).ReadAsync<List<AgreementReportRow>>();
        var all = await AgreementsAsync("withinDays=106");
        Assert.Equal([letter.Id, sister.Id], all.Select(a => a.AgreementId));   // by type: LetterOfIntent before SisterCity
        Assert.Equal((true, new DateOnly(2026, 6, 17), new DateOnly(2030, 3, 1)), (all[0].Expiring, all[0].RenewalReminderOn!.Value, all[0].NextAnniversaryOn!.Value));
        Assert.Equal((AgreementState.Proposed, false, (DateOnly?)null), (all[1].State, all[1].Expiring, all[1].NextAnniversaryOn));
        Assert.False(Assert.Single(await AgreementsAsync("withinDays=105&type=LetterOfIntent")).Expiring);   // 2026-06-01 + 105 = 2026-09-14
        Assert.Empty(await AgreementsAsync("withinDays=105&expiringOnly=true"));
        Assert.Equal([letter.Id], (await AgreementsAsync("withinDays=106&expiringOnly=true")).Select(a => a.AgreementId));
        Assert.Equal([sister.Id], (await AgreementsAsync("state=Proposed")).Select(a => a.AgreementId));
        Assert.Contains($"{letter.Id},{organ.Id},Nice,FR,LetterOfIntent,Signed,2020-03-01,2026-09-15,true,2026-06-17,2030-03-01",
            await CsvAsync($"{Reports}/agreements?organId={organ.Id}&asOf=2026-06-01&withinDays=106"));
        await (await Client.GetAsync($"{Reports}/agreements?state=Bogus")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Reports}/agreements?withinDays=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var theirs = await OrganClientAsync(other.Id);
        await (await theirs.GetAsync($"{Reports}/agreements?organId={organ.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
        await (await theirs.GetAsync($"{Reports}/incoming?year=2026&organId={organ.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.organ-not-found");
        Assert.Empty(await (await theirs.GetAsync($"{Reports}/agreements")).ReadAsync<List<AgreementReportRow>>());
        Assert.Empty(await (await theirs.GetAsync($"{Reports}/incoming?year=2026")).ReadAsync<List<IncomingReportRow>>());
    }
}
