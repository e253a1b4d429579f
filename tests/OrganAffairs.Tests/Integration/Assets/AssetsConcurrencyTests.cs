using System.Net;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Assets;

/// <summary>Parallel reservations of one asset for overlapping ranges: exactly one wins, on one Host and across two.</summary>
public abstract class AssetsConcurrencyTests(ApiFixture fixture)
{
    private const int Parallel = 50;

    private async Task FiftyParallelReservationsAsync(HttpClient a, HttpClient b, int days)
    {
        var setup = new AssetsSetup(fixture);
        var asset = await setup.AssetAsync();
        var organ = await setup.OrganAsync();
        var start = AssetsSetup.Future(days);
        // Warm both hosts' reservation path (and connection pools), so the burst below really runs in parallel.
        var warm = await setup.AssetAsync();
        foreach (var (client, i) in new[] { (a, 0), (b, 1) })
        {
            await (await client.PostJsonAsync(AssetsSetup.Root + "/reservations", AssetsSetup.Reservation(warm.Id, organ.Id, start.AddDays(i), start.AddDays(i).AddHours(1))))
                .ReadAsync<Contracts.Assets.ReservationResponse>(HttpStatusCode.Created);
        }
        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => (i % 2 == 0 ? a : b).PostJsonAsync(AssetsSetup.Root + "/reservations",
            // Different but overlapping ranges: every pair conflicts.
            AssetsSetup.Reservation(asset.Id, organ.Id, start.AddMinutes(i % 7), start.AddHours(2).AddMinutes(i % 7)))));

        var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode).GroupBy(s => s).Select(g => $"{g.Key}x{g.Count()}"));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, statuses);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await conflict.ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        }
        Assert.Equal(1, await fixture.CountAsync("assets_reservation", "asset_id = @Id", new { asset.Id }));
    }

    [ProviderFact]
    public Task Fifty_parallel_reservations_of_one_asset_on_one_host_give_exactly_one_201() =>
        FiftyParallelReservationsAsync(fixture.Client, fixture.Client, 50);

    [ProviderFact]
    public Task Fifty_parallel_reservations_of_one_asset_through_two_hosts_give_exactly_one_201() =>
        FiftyParallelReservationsAsync(fixture.Client, fixture.ClientFor(fixture.CreateFactory()), 51);
}
