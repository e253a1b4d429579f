using System.Net;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>
/// A dissolved organ stops acting (ADR 0025) in Reception too: its open receptions and unused letters are counted as
/// holdings and pass to the successor (划转) or, recovered (收回), to the bureau's organ, through Organs_DissolveOrgan.
/// </summary>
public abstract class ReceptionHandOverTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    private sealed record Held(OrganResponse Organ, Guid Staff, ReceptionResponse Draft, ReceptionResponse Approved, ReceptionResponse Cancelled, LetterResponse Unused);

    /// <summary>An organ with a cap for 2026, a Draft on a letter, an approved reception, a cancelled one and an unused letter.</summary>
    private async Task<Held> OrganWithReceptionsAsync()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        await CapAsync(Admin, organ.Id, 2026, 10_000m);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, (await LetterAsync(Admin, organ.Id)).Id);
        var approved = await ApprovedAsync(Admin, organ.Id, staff, budget: 1200m);
        var cancelled = await ReceptionAsync(Admin, organ.Id, staff, null);
        cancelled = await (await Admin.PostJsonAsync($"{Root}/{cancelled.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        var unused = await LetterAsync(Admin, organ.Id);
        return new Held(organ, staff, draft, approved, cancelled, unused);
    }

    private Task<HttpResponseMessage> DissolveAsync(Guid organId, Guid? successorOrganId = null, bool recover = false)
    {
        var body = new Dictionary<string, object?> { ["dissolvedOn"] = "2026-11-30", ["reason"] = "市编委〔2026〕12号", ["successorOrganId"] = successorOrganId };
        if (recover)
        {
            body["recoverHoldings"] = true;
        }
        return Admin.PostJsonAsync($"/api/v1/organs/{organId}/dissolve", body);
    }

    private async Task<T> GetAsync<T>(string url) => await (await Admin.GetAsync(url)).ReadAsync<T>();

    [ProviderFact]
    public async Task Open_receptions_and_unused_letters_are_holdings_and_nothing_moves_without_an_instruction()
    {
        var held = await OrganWithReceptionsAsync();

        var problem = await (await DissolveAsync(held.Organ.Id)).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-has-holdings");
        var holdings = problem.GetProperty("holdings").EnumerateArray()
            .Select(h => $"{h.GetProperty("module").GetString()}/{h.GetProperty("kind").GetString()}={h.GetProperty("count").GetInt32()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["organs/staff=1", "reception/letters=1", "reception/receptions=2"], holdings);
        Assert.Equal(held.Organ.Id, (await GetAsync<ReceptionResponse>($"{Root}/{held.Draft.Id}")).OrganId);
        Assert.Equal(1200.00m, (await GetAsync<CapResponse>($"{Root}/caps/{held.Organ.Id}/2026")).Reserved);
    }

    [ProviderFact]
    public async Task The_successor_takes_the_open_receptions_their_letters_and_reservations_and_carries_on()
    {
        var held = await OrganWithReceptionsAsync();
        var (successor, successorStaff, key) = await OrganWithKeyAsync(Admin);
        await CapAsync(Admin, successor.Id, 2026, 1_000m); // below what it receives: the dissolution approves the transfer

        await (await DissolveAsync(held.Organ.Id, successorOrganId: successor.Id)).ReadAsync<OrganResponse>();

        var draft = await GetAsync<ReceptionResponse>($"{Root}/{held.Draft.Id}");
        Assert.Equal((successor.Id, held.Draft.Version + 1), (draft.OrganId, draft.Version));
        Assert.Equal(successor.Id, (await GetAsync<ReceptionResponse>($"{Root}/{held.Approved.Id}")).OrganId);
        Assert.Equal(successor.Id, (await GetAsync<LetterResponse>($"{Root}/letters/{held.Draft.LetterId}")).OrganId);
        Assert.Equal(successor.Id, (await GetAsync<LetterResponse>($"{Root}/letters/{held.Approved.LetterId}")).OrganId);
        Assert.Equal(successor.Id, (await GetAsync<LetterResponse>($"{Root}/letters/{held.Unused.Id}")).OrganId);
        // The cancelled reception is the dissolved organ's record and stays with it.
        Assert.Equal(held.Organ.Id, (await GetAsync<ReceptionResponse>($"{Root}/{held.Cancelled.Id}")).OrganId);
        // The approved budget's reservation moves with it.
        Assert.Equal(0.00m, (await GetAsync<CapResponse>($"{Root}/caps/{held.Organ.Id}/2026")).Reserved);
        var cap = await GetAsync<CapResponse>($"{Root}/caps/{successor.Id}/2026");
        Assert.Equal((1200.00m, -200.00m), (cap.Reserved, cap.Remaining));
        Assert.Equal(2, await fixture.CountAsync("shared_audit", "entity_type = @Type AND entity_id = @Id", new { Type = "ReceptionLetter", Id = held.Unused.Id }));

        // The successor's own key sees them and carries on: the draft (on its letter) is submitted, the approved one costs.
        var client = fixture.ClientFor(fixture.Factory, key);
        await (await client.PostAsync($"{Root}/{held.Draft.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        await (await client.PostJsonAsync($"{Root}/{held.Approved.Id}/costs", Cost(amount: 300m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        await (await client.GetAsync($"{Root}/{held.Cancelled.Id}")).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        Assert.Contains((await (await client.GetAsync($"{Root}/letters?pageSize=200")).ReadAsync<Contracts.Common.PagedResult<LetterResponse>>()).Items, l => l.Id == held.Unused.Id);
        // Nothing is left to hand over a second time.
        Assert.Equal(0, await fixture.CountAsync("reception_reception", "organ_id = @Id AND status <> @Cancelled", new { held.Organ.Id, Cancelled = "Cancelled" }));
        _ = successorStaff;
    }

    [ProviderFact]
    public async Task Recovery_hands_the_open_receptions_and_letters_to_the_bureaus_organ()
    {
        var held = await OrganWithReceptionsAsync();

        await (await DissolveAsync(held.Organ.Id, recover: true)).ReadAsync<OrganResponse>();

        Assert.Equal(fixture.BureauOrganId, (await GetAsync<ReceptionResponse>($"{Root}/{held.Draft.Id}")).OrganId);
        Assert.Equal(fixture.BureauOrganId, (await GetAsync<ReceptionResponse>($"{Root}/{held.Approved.Id}")).OrganId);
        Assert.Equal(fixture.BureauOrganId, (await GetAsync<LetterResponse>($"{Root}/letters/{held.Unused.Id}")).OrganId);
        Assert.Equal(held.Organ.Id, (await GetAsync<ReceptionResponse>($"{Root}/{held.Cancelled.Id}")).OrganId);
        Assert.Equal(0.00m, (await GetAsync<CapResponse>($"{Root}/caps/{held.Organ.Id}/2026")).Reserved);
    }
}
