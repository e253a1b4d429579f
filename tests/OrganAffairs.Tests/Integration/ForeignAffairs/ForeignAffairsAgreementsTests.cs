using System.Net;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>Sister cities and agreements (issue 19 item 7): approval chains per type, If-Match, expiry within N days, reminders and 10-year anniversaries.</summary>
public abstract class ForeignAffairsAgreementsTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs/agreements";
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync() =>
        await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市人民政府外事办公室", divisionCode = "320500", unifiedSocialCreditCode = TestData.Uscc("320500"), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<AgreementResponse> CreateAsync(Guid organId, string type, string city = "Lyon") =>
        await (await Client.PostJsonAsync(Root, new { organId, partnerCity = city, partnerCountry = "FR", type, subject = "经贸文化交流", proposedOn = "2015-01-10" }))
            .ReadAsync<AgreementResponse>(HttpStatusCode.Created);

    private Task<HttpResponseMessage> StepAsync(AgreementResponse a, string state, string on, string? expiresOn = null, string? ifMatch = "") =>
        Client.SendAsync(Http.Request(HttpMethod.Post, $"{Root}/{a.Id}/state",
            System.Text.Json.JsonSerializer.Serialize(new { state, on, expiresOn, note = "批复" }, Http.Json), ifMatch: ifMatch == "" ? $"\"{a.Version}\"" : ifMatch));

    [ProviderFact]
    public async Task A_sister_city_walks_its_chain_and_is_listed_when_expiring_with_its_reminder_and_anniversary()
    {
        var organ = await OrganAsync();
        var sister = await CreateAsync(organ.Id, "SisterCity");
        Assert.Equal(AgreementState.Proposed, sister.State);
        await (await StepAsync(sister, "Signed", "2016-09-15")).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.agreement-state");
        await (await StepAsync(sister, "Exchanges", "2015-05-01", ifMatch: "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        foreach (var (state, on) in new[] { ("Exchanges", "2015-05-01"), ("CityApplication", "2015-10-01"), ("ProvincialReview", "2016-01-15"), ("NationalApproval", "2016-06-01") })
        {
            sister = await (await StepAsync(sister, state, on)).ReadAsync<AgreementResponse>();
        }
        await (await StepAsync(sister, "Signed", "2016-05-01", "2026-09-14")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        sister = await (await StepAsync(sister, "Signed", "2016-09-15", "2026-09-14")).ReadAsync<AgreementResponse>();
        Assert.Equal((new DateOnly(2016, 9, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 6, 16), 6), (sister.SignedOn!.Value, sister.ExpiresOn!.Value, sister.RenewalReminderOn!.Value, sister.Steps.Count));

        // A letter of intent goes straight to Signed; a friendly exchange city needs no national approval.
        var letter = await CreateAsync(organ.Id, "LetterOfIntent", "Nice");
        letter = await (await StepAsync(letter, "Signed", "2020-03-01", "2026-09-15")).ReadAsync<AgreementResponse>();
        var exchange = await CreateAsync(organ.Id, "FriendlyExchangeCity", "Lille");
        foreach (var state in new[] { "Exchanges", "CityApplication", "ProvincialReview" })
        {
            exchange = await (await StepAsync(exchange, state, "2016-01-15")).ReadAsync<AgreementResponse>();
        }
        await (await StepAsync(exchange, "NationalApproval", "2016-02-01")).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.agreement-state");
        exchange = await (await StepAsync(exchange, "Terminated", "2016-02-01")).ReadAsync<AgreementResponse>();
        await (await StepAsync(exchange, "Terminated", "2016-02-01")).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.agreement-state");

        // Expiring within N days of asOf, both ends included: 2026-06-01 + 105 days = 2026-09-14.
        async Task<IReadOnlyList<AgreementResponse>> ExpiringAsync(int days) =>
            await (await Client.GetAsync($"{Root}/expiring?withinDays={days}&asOf=2026-06-01&organId={organ.Id}")).ReadAsync<IReadOnlyList<AgreementResponse>>();
        Assert.Empty(await ExpiringAsync(104));
        var listed = await ExpiringAsync(105);
        Assert.Equal([sister.Id], listed.Select(a => a.Id));
        Assert.Equal((new DateOnly(2026, 9, 15), 10), (listed[0].NextAnniversaryOn!.Value, listed[0].NextAnniversaryYears!.Value));
        Assert.Equal([sister.Id, letter.Id], (await ExpiringAsync(106)).Select(a => a.Id));
        await (await Client.GetAsync($"{Root}/expiring?withinDays=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task Bad_input_and_another_organs_agreement()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync();
        var agreement = await CreateAsync(organ.Id, "SisterCity");
        await (await Client.PostJsonAsync(Root, new { organId = organ.Id, partnerCity = "Lyon", partnerCountry = "France", type = "SisterCity" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync(Root, new { organId = organ.Id, partnerCity = "Lyon", partnerCountry = "FR", type = "Twin" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync(Root, new { organId = organ.Id, partnerCountry = "FR", type = "SisterCity" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        await (await Client.PostJsonAsync(Root, new { organId = organ.Id, partnerCity = "Lyon", partnerCountry = "FR", type = "SisterCity", proposedOn = "2100-01-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await StepAsync(agreement, "Exchanges", "2015-05-01", ifMatch: null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required");
        await (await StepAsync(agreement, "Exchanges", "2014-05-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.agreement-not-found");

        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = other.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var theirs = fixture.ClientFor(fixture.Factory, key.Key);
        await (await theirs.GetAsync($"{Root}/{agreement.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.agreement-not-found");
        Assert.Empty(await (await theirs.GetAsync($"{Root}/expiring?withinDays=3650&asOf=2016-01-01")).ReadAsync<IReadOnlyList<AgreementResponse>>());
    }
}
