using Dapper;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Energy;

/// <summary>The roll-ups must equal a recomputation from the raw data (readings and vehicle fuel).</summary>
internal static class EnergyConsistency
{
    private sealed class Row
    {
        public Guid InstitutionId { get; set; }
        public DateOnly Day { get; set; }
        public string Kind { get; set; } = "";
        public string Subsystem { get; set; } = "";
        public long Quantity { get; set; }
    }

    private sealed class MonthRow
    {
        public Guid InstitutionId { get; set; }
        public int Month { get; set; }
        public string Kind { get; set; } = "";
        public string Subsystem { get; set; } = "";
        public long Quantity { get; set; }
    }

    public static async Task AssertRollupsMatchReadingsAsync(ApiFixture fixture)
    {
        await using var connection = fixture.OpenConnection();
        var raw = (await connection.QueryAsync<Row>("""
            SELECT m.institution_id AS InstitutionId, r.business_date AS Day, m.kind AS Kind, m.subsystem AS Subsystem, r.consumption_milli AS Quantity
            FROM energy_reading r JOIN energy_meter m ON m.id = r.meter_id
            """)).Concat(await connection.QueryAsync<Row>(
            "SELECT institution_id AS InstitutionId, day AS Day, kind AS Kind, 'Special' AS Subsystem, quantity_milli AS Quantity FROM energy_vehicle_fuel")).ToList();
        var expectedDays = raw.GroupBy(r => (r.InstitutionId, r.Day, r.Kind, r.Subsystem)).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        var days = (await connection.QueryAsync<Row>(
            "SELECT institution_id AS InstitutionId, day AS Day, kind AS Kind, subsystem AS Subsystem, quantity_milli AS Quantity FROM energy_rollup_day"))
            .ToDictionary(r => (r.InstitutionId, r.Day, r.Kind, r.Subsystem), r => r.Quantity);
        Assert.NotEmpty(expectedDays);
        Assert.Equal(Sorted(expectedDays.Where(e => e.Value != 0)), Sorted(days.Where(e => e.Value != 0)));

        var expectedMonths = raw.GroupBy(r => (r.InstitutionId, Month: r.Day.Year * 100 + r.Day.Month, r.Kind, r.Subsystem)).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
        var months = (await connection.QueryAsync<MonthRow>(
            "SELECT institution_id AS InstitutionId, month AS Month, kind AS Kind, subsystem AS Subsystem, quantity_milli AS Quantity FROM energy_rollup_month"))
            .ToDictionary(r => (r.InstitutionId, r.Month, r.Kind, r.Subsystem), r => r.Quantity);
        Assert.Equal(Sorted(expectedMonths.Where(e => e.Value != 0)), Sorted(months.Where(e => e.Value != 0)));
    }

    private static List<string> Sorted<TKey>(IEnumerable<KeyValuePair<TKey, long>> entries) =>
        entries.Select(e => $"{e.Key} = {e.Value}").Order(StringComparer.Ordinal).ToList();
}
