using System.Net;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>Canteen waste (issue 20 item 5): per canteen and day, once, and the report per canteen with hand-computed figures.</summary>
public abstract class LogisticsCanteenTests(ApiFixture fixture)
{
    private const string Waste = Root + "/canteen-waste";
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task Waste_is_recorded_once_per_canteen_and_day_and_reported_per_meal()
    {
        var canteen = $"机关食堂-{Guid.NewGuid():N}"[..20];
        object Day(string day, decimal kg, int meals) => new { canteen, day, wasteKg = kg, mealsServed = meals, note = "午餐" };
        var first = await (await Admin.PostJsonAsync(Waste, Day("2026-11-02", 18.450m, 600))).ReadAsync<CanteenWasteResponse>(HttpStatusCode.Created);
        Assert.Equal((18.450m, 600, 30.8m), (first.WasteKg, first.MealsServed, first.GramsPerMeal!.Value));
        await (await Admin.PostJsonAsync(Waste, Day("2026-11-03", 11.550m, 400))).ReadAsync<CanteenWasteResponse>(HttpStatusCode.Created);
        var closed = await (await Admin.PostJsonAsync(Waste, Day("2026-11-04", 0m, 0))).ReadAsync<CanteenWasteResponse>(HttpStatusCode.Created);
        Assert.Null(closed.GramsPerMeal);
        var before = await fixture.CountAsync("logistics_canteen_waste");

        await (await Admin.PostJsonAsync(Waste, Day("2026-11-02", 1m, 1))).ProblemAsync(HttpStatusCode.Conflict, "logistics.canteen-day-recorded");
        var bad = (await (await Admin.PostJsonAsync(Waste, Day("2099-01-01", 1.0001m, -1))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors();
        Assert.Contains("day:field.out-of-range", bad);
        Assert.Contains("wasteKg:field.out-of-range", bad);
        Assert.Contains("mealsServed:field.out-of-range", bad);
        await (await Admin.PostJsonAsync(Waste, new { canteen, wasteKg = 1m, mealsServed = 1 })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        var organKey = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, (await OrganAsync(Admin)).Id));
        await (await organKey.PostJsonAsync(Waste, Day("2026-11-05", 1m, 1))).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        Assert.Equal(before, await fixture.CountAsync("logistics_canteen_waste"));

        // By hand: 18.450 + 11.550 + 0 = 30.000 kg over 1000 meals = 30.0 g per meal, 3 days.
        var report = await (await Admin.GetAsync($"{Waste}/report?from=2026-11-01&to=2026-11-30&canteen={Uri.EscapeDataString(canteen)}")).ReadAsync<List<CanteenWasteReportRow>>();
        Assert.Equal(new CanteenWasteReportRow(canteen, 3, 30.000m, 1000, 30.0m), Assert.Single(report));
        var csv = await (await Admin.GetAsync($"{Waste}/report?from=2026-11-03&to=2026-11-03&canteen={Uri.EscapeDataString(canteen)}&format=Csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("canteen,days,wasteKg,mealsServed,gramsPerMeal", csv, StringComparison.Ordinal);
        Assert.Contains($"{canteen},1,11.55", csv, StringComparison.Ordinal);
        await (await Admin.GetAsync($"{Waste}/report?from=2026-11-30&to=2026-11-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await organKey.GetAsync($"{Waste}/report?from=2026-11-01&to=2026-11-30")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }
}
