using System.Net;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>Parallel requests through two Host instances on one database.</summary>
public abstract class ConcurrencyTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/organs";
    private const int Parallel = 24;

    private (HttpClient A, HttpClient B) TwoHosts() => (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));

    [ProviderFact]
    public async Task Parallel_creates_with_one_credit_code_register_it_exactly_once()
    {
        var (a, b) = TwoHosts();
        var uscc = TestData.Uscc();
        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).PostJsonAsync(Url, TestData.Organ(uscc))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "organs.uscc-taken");
        }
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "uscc = @Uscc", new { Uscc = uscc }));
    }

    [ProviderFact]
    public async Task Parallel_updates_with_one_etag_let_exactly_one_win()
    {
        var (a, b) = TwoHosts();
        var created = await a.PostJsonAsync(Url, TestData.Organ());
        var organ = await created.ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var etag = created.ETag();

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).PutJsonAsync($"{Url}/{organ.Id}",
            new { name = $"更名{i}", divisionCode = "320100", level = "Municipal", type = "GovernmentDepartment" }, etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var final = await (await a.GetAsync($"{Url}/{organ.Id}")).ReadAsync<OrganResponse>();
        Assert.Equal(2, final.Version);
        Assert.Equal(2, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task Crossed_reparenting_in_parallel_never_makes_a_cycle()
    {
        var (a, b) = TwoHosts();
        for (var round = 0; round < 5; round++)
        {
            var first = await (await a.PostJsonAsync(Url, TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
            var second = await (await a.PostJsonAsync(Url, TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
            // first → child of second, and second → child of first, at the same time: at most one may win.
            var body = (Guid parent) => new { name = "甲", divisionCode = "320100", level = "Municipal", type = "GovernmentDepartment", parentId = parent };
            var results = await Task.WhenAll(
                a.PutJsonAsync($"{Url}/{first.Id}", body(second.Id), "\"1\""),
                b.PutJsonAsync($"{Url}/{second.Id}", body(first.Id), "\"1\""));

            Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
            await results.Single(r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict, "organs.hierarchy-cycle");
        }
    }

    [ProviderFact]
    public async Task A_child_added_while_its_parent_is_dissolved_leaves_no_active_child_of_a_dissolved_parent()
    {
        var (a, b) = TwoHosts();
        for (var round = 0; round < 5; round++)
        {
            var parent = await (await a.PostJsonAsync(Url, TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
            var results = await Task.WhenAll(
                a.PostJsonAsync($"{Url}/{parent.Id}/dissolve", new { dissolvedOn = "2026-12-31", reason = "撤销" }),
                b.PostJsonAsync(Url, TestData.Organ(parentId: parent.Id)));
            var dissolved = results[0].StatusCode == HttpStatusCode.OK;
            var childCreated = results[1].StatusCode == HttpStatusCode.Created;
            Assert.True(dissolved ^ childCreated, $"dissolve {(int)results[0].StatusCode}, child {(int)results[1].StatusCode}");
        }
    }
}
