using System.Net;
using System.Text;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Energy.EnergySetup;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>Imports for one institution at once, on one Host and on two: the roll-ups stay equal to a recomputation.</summary>
public abstract class EnergyConcurrencyTests(ApiFixture fixture)
{
    private HttpClient Client => fixture.Client;

    /// <summary>Rows of the meters every 15 minutes from a start, each value 0.5 + the row's index mod 7 hundredths.</summary>
    private static string File(IReadOnlyList<MeterResponse> meters, DateTimeOffset start, int perMeter)
    {
        var sb = new StringBuilder("meterId,readAt,value\n");
        for (var i = 0; i < perMeter; i++)
        {
            foreach (var meter in meters)
            {
                sb.Append(meter.Id).Append(',').Append(start.AddMinutes(15 * i).ToString("yyyy-MM-ddTHH:mm:sszzz")).Append(",0.5").Append(i % 7).Append('\n');
            }
        }
        return sb.ToString();
    }

    private async Task<(InstitutionResponse Institution, List<MeterResponse> Meters)> SetupAsync()
    {
        var (_, institution) = await InstitutionAsync(Client);
        var meters = new List<MeterResponse>
        {
            await MeterAsync(Client, institution.Id),
            await MeterAsync(Client, institution.Id, subsystem: "Hvac"),
            await MeterAsync(Client, institution.Id, "Water", "CubicMetre"),
            await MeterAsync(Client, institution.Id, "NaturalGas", "CubicMetre", subsystem: "Power"),
        };
        return (institution, meters);
    }

    [ProviderFact]
    public async Task Two_imports_for_one_institution_at_once_leave_the_roll_ups_exact()
    {
        var (institution, meters) = await SetupAsync();
        var start = new DateTimeOffset(2025, 1, 1, 0, 15, 0, TimeSpan.FromHours(8));
        // Both files share their first 500 rows per meter (identical duplicates), then go their own ways.
        var a = File(meters, start, 2500);
        var b = File(meters, start, 500) + string.Concat(File(meters, start.AddDays(60), 2000).Split('\n').Skip(1).Select(l => l.Length == 0 ? "" : l + "\n"));
        var results = await Task.WhenAll(
            ImportAsync(Client, a, "?mode=KeepValid"),
            ImportAsync(Client, b, "?mode=KeepValid"));
        var imports = await Task.WhenAll(results.Select(r => r.ReadAsync<ImportResponse>(HttpStatusCode.Created)));
        Assert.All(imports, i => Assert.Equal(0L, i.Rejected));
        Assert.Equal(500L * 4, imports.Sum(i => i.Duplicates));
        Assert.Equal(4500L * 4, imports.Sum(i => i.Accepted));
        Assert.Equal(4500 * 4, await fixture.CountAsync("energy_reading", "meter_id IN (@A, @B, @C, @D)", new { A = meters[0].Id, B = meters[1].Id, C = meters[2].Id, D = meters[3].Id }));
        await EnergyConsistency.AssertRollupsMatchReadingsAsync(fixture);
        var year = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Year&year=2025");
        Assert.Equal(Quantity(year, EnergyKind.Water), ExpectedWater(2500) + ExpectedWater(2000));
    }

    [ProviderFact]
    public async Task All_or_nothing_imports_through_two_Host_instances_queue_on_the_meters()
    {
        var (institution, meters) = await SetupAsync();
        var second = fixture.ClientFor(fixture.CreateFactory(), fixture.AdminKey);
        var start = new DateTimeOffset(2025, 3, 1, 0, 15, 0, TimeSpan.FromHours(8));
        var results = await Task.WhenAll(
            ImportAsync(Client, File(meters, start, 3000)),
            ImportAsync(second, File(meters, start.AddDays(40), 3000)));
        var imports = await Task.WhenAll(results.Select(r => r.ReadAsync<ImportResponse>(HttpStatusCode.Created)));
        Assert.Equal(6000L * 4, imports.Sum(i => i.Accepted));
        await EnergyConsistency.AssertRollupsMatchReadingsAsync(fixture);
        var year = await IndicatorsAsync(Client, $"institutionId={institution.Id}&period=Year&year=2025");
        Assert.Equal(ExpectedWater(3000) * 2, Quantity(year, EnergyKind.Water));
    }

    private static decimal ExpectedWater(int rows) => Enumerable.Range(0, rows).Sum(i => 0.5m + (i % 7) / 100m);
}
