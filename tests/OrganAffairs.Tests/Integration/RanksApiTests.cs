using System.Net;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class RanksApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/organs/ranks";
    private HttpClient Client => fixture.Client;

    [ProviderFact]
    public async Task The_seeded_national_ranks_cite_the_2014_standard()
    {
        var ranks = await (await Client.GetAsync($"{Url}?level=Municipal&jurisdiction=national&on=2026-11-26")).ReadAsync<List<RankResponse>>();
        Assert.Equal(["MunicipalPrincipal", "MunicipalDeputy", "BureauPrincipal", "BureauDeputy", "BelowBureau"], ranks.Select(r => r.Code));
        Assert.All(ranks, r => Assert.Contains("2674", r.Source));
        Assert.True(ranks.Single(r => r.Code == "MunicipalDeputy").IsLeader);
        // Before the standard took effect there is no rank in force.
        Assert.Empty(await (await Client.GetAsync($"{Url}?level=Municipal&on=2014-11-30")).ReadAsync<List<RankResponse>>());
        Assert.Equal(5, (await (await Client.GetAsync($"{Url}?level=Municipal&on=2014-12-01")).ReadAsync<List<RankResponse>>()).Count);
    }

    [ProviderFact]
    public async Task A_local_version_overrides_national_from_its_date_and_the_old_one_stays_for_earlier_dates()
    {
        // A province (32xxxx) renames a rank from 2027-01-01: a 320102 organ sees it from that day, not the day before.
        var body = new
        {
            jurisdiction = "320000", level = "County", code = "SectionDeputy", nameZh = "副科级（省定）", nameEn = "Section deputy (provincial)",
            isLeader = false, sortOrder = 22, effectiveFrom = "2027-01-01", source = "苏机管〔2026〕7号",
        };
        var created = await (await Client.PostJsonAsync(Url, body)).ReadAsync<RankResponse>(HttpStatusCode.Created);
        Assert.Null(created.EffectiveTo);

        var dayBefore = await (await Client.GetAsync($"{Url}?level=County&jurisdiction=320102&on=2026-12-31")).ReadAsync<List<RankResponse>>();
        Assert.Equal("national", dayBefore.Single(r => r.Code == "SectionDeputy").Jurisdiction);
        var onTheDay = await (await Client.GetAsync($"{Url}?level=County&jurisdiction=320102&on=2027-01-01")).ReadAsync<List<RankResponse>>();
        Assert.Equal("320000", onTheDay.Single(r => r.Code == "SectionDeputy").Jurisdiction);
        // Another province still sees the national rank.
        var elsewhere = await (await Client.GetAsync($"{Url}?level=County&jurisdiction=440100&on=2027-01-01")).ReadAsync<List<RankResponse>>();
        Assert.Equal("national", elsewhere.Single(r => r.Code == "SectionDeputy").Jurisdiction);

        await (await Client.PostJsonAsync(Url, body)).ProblemAsync(HttpStatusCode.Conflict, "organs.rank-version-exists");

        // A second provincial version closes the first the day before it starts.
        var second = await (await Client.PostJsonAsync(Url, body with { effectiveFrom = "2028-01-01", nameZh = "副科级（2028）" })).ReadAsync<RankResponse>(HttpStatusCode.Created);
        var history = await (await Client.GetAsync($"{Url}?level=County&jurisdiction=320000")).ReadAsync<List<RankResponse>>();
        Assert.Equal(new DateOnly(2027, 12, 31), history.Single(r => r.Id == created.Id).EffectiveTo);
        Assert.Null(history.Single(r => r.Id == second.Id).EffectiveTo);
    }

    [ProviderTheory]
    [InlineData("jurisdiction", "32", "jurisdiction:organs.jurisdiction-invalid")]
    [InlineData("jurisdiction", "000000", "jurisdiction:organs.jurisdiction-invalid")]
    [InlineData("code", "bad code!", "code:field.invalid-format")]
    [InlineData("source", "", "source:field.required")]
    public async Task Bad_rank_versions_are_400_and_write_nothing(string field, string value, string fieldError)
    {
        var before = await fixture.CountAsync("organs_rank");
        var body = new Dictionary<string, object>
        {
            ["jurisdiction"] = "320000", ["level"] = "County", ["code"] = "SectionDeputy", ["nameZh"] = "副科级", ["nameEn"] = "Deputy",
            ["isLeader"] = false, ["sortOrder"] = 1, ["effectiveFrom"] = "2030-01-01", ["source"] = "test",
        };
        body[field] = value;
        var problem = await (await Client.PostJsonAsync(Url, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("organs_rank"));
    }

    [ProviderFact]
    public async Task A_bad_jurisdiction_filter_is_400() =>
        await (await Client.GetAsync($"{Url}?jurisdiction=abc")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
}
