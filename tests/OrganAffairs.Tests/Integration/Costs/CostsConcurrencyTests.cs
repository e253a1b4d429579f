using OrganAffairs.Contracts.Costs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Costs.CostsSetup;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Costs;

/// <summary>The same events delivered by two Host instances at once count exactly once (at-least-once delivery, one ledger entry per item).</summary>
public abstract class CostsConcurrencyTests(ApiFixture fixture)
{
    [ProviderFact]
    public async Task The_same_events_delivered_by_two_hosts_at_once_count_once()
    {
        var organ = await OrganAsync(fixture.Client);
        var (a, b) = (fixture.Factory, fixture.CreateFactory());
        var events = Enumerable.Range(1, 10).Select(i => ReceptionCost(organ.Id, i * 100)).ToList();
        await Task.WhenAll(events.SelectMany(e => new[] { DeliverAsync(a, e), DeliverAsync(b, e), DeliverAsync(a, e), DeliverAsync(b, e) }));
        var actuals = await ActualsAsync(fixture.Client, organ.Id);
        Assert.Equal((55.00m, 10), (Line(actuals, CostLine.Reception), actuals.Lines.Single(l => l.Line == CostLine.Reception).Entries));
        Assert.Equal(10, await fixture.CountAsync("costs_entry", "organ_id = @Id", new { organ.Id }));
    }
}
