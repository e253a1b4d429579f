using System.Net;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>Parallel requests through two Host instances on one database: one letter funds one reception; approvals never pass the cap.</summary>
public abstract class ReceptionConcurrencyTests(ApiFixture fixture)
{
    private (HttpClient A, HttpClient B) TwoHosts() => (fixture.Client, fixture.ClientFor(fixture.CreateFactory()));

    [ProviderFact]
    public async Task Twenty_parallel_receptions_on_one_letter_create_exactly_one()
    {
        var (a, b) = TwoHosts();
        var organ = await OrganAsync(a);
        var staff = await StaffAsync(a, organ.Id);
        var letter = await LetterAsync(a, organ.Id);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => CreateAsync(i % 2 == 0 ? a : b, Plan(organ.Id, staff, letter.Id))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "reception.letter-used");
        }
        Assert.Equal(1, await fixture.CountAsync("reception_reception", "letter_id = @Id", new { letter.Id }));
    }

    [ProviderFact]
    public async Task Fifty_parallel_approvals_under_a_cap_approve_exactly_those_that_fit()
    {
        const int Fit = 7;
        var (a, b) = TwoHosts();
        var organ = await OrganAsync(a);
        var staff = await StaffAsync(a, organ.Id);
        var submitted = new List<ReceptionResponse>();
        for (var i = 0; i < 50; i++)
        {
            submitted.Add(await SubmittedAsync(a, organ.Id, staff, budget: 1000m));
        }
        await CapAsync(a, organ.Id, 2026, Fit * 1000m + 999.99m);

        var responses = await Task.WhenAll(submitted.Select((r, i) => (i % 2 == 0 ? a : b).PostAsync($"{Root}/{r.Id}/approve", null)));
        Assert.Equal(Fit, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync((HttpStatusCode)422, "reception.over-cap");
        }
        Assert.Equal(Fit, await fixture.CountAsync("reception_reception", "organ_id = @Id AND status = @Status", new { organ.Id, Status = "Approved" }));
        var cap = await (await a.GetAsync($"{Root}/caps/{organ.Id}/2026")).ReadAsync<CapResponse>();
        Assert.Equal(Fit * 1000m, cap.Reserved);
    }
}
