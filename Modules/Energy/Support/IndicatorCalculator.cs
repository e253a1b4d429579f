using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// Indicators from the maintained roll-ups, never from raw readings: whole months read the month roll-up,
/// and only partial months, or months in which a coefficient version changes, read day rows. Quantities
/// are summed as scaled integers and converted in decimal with the coefficient in force on each day.
/// </summary>
internal sealed class IndicatorCalculator(RollupRepository rollups, InstitutionRepository institutions, EnergyRuleBook book)
{
    public async Task<IndicatorsResponse> ComputeAsync(IReadOnlyList<InstitutionRow> subjects, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var ids = subjects.Select(s => s.Id).ToList();
        var divisionOf = new Dictionary<Guid, string?>();
        foreach (var s in subjects)
        {
            divisionOf[s.Id] = await book.DivisionOfAsync(s.OrganId, ct);
        }

        var rows = new List<RollupRow>();
        if (ids.Count > 0)
        {
            var (months, dayRanges) = RollupPlan.For(from, to, book.CoefficientBoundaries());
            rows.AddRange(await rollups.MonthsAsync(ids, months, ct));
            foreach (var (a, b) in dayRanges)
            {
                rows.AddRange(await rollups.DaysAsync(ids, a, b, ct));
            }
        }

        var quantity = new Dictionary<EnergyKind, long>();
        var kgce = new Dictionary<EnergyKind, decimal>();
        var co2 = new Dictionary<EnergyKind, decimal>();
        var bySubsystem = new Dictionary<Subsystem, decimal>();
        var withoutCo2 = new HashSet<EnergyKind>();
        foreach (var row in rows)
        {
            quantity[row.Kind] = quantity.GetValueOrDefault(row.Kind) + row.QuantityMilli;
            if (!Units.IsEnergy(row.Kind))
            {
                continue;
            }
            var division = divisionOf[row.InstitutionId];
            var amount = Scaled.FromMilli(row.QuantityMilli);
            var coal = book.Coefficient(RuleKinds.Coal, row.Kind, division, row.Day)
                ?? throw new ProblemException(EnergyErrors.CoefficientMissing, detail: $"{row.Kind} on {row.Day:yyyy-MM-dd}");
            kgce[row.Kind] = kgce.GetValueOrDefault(row.Kind) + amount * coal;
            bySubsystem[row.Subsystem] = bySubsystem.GetValueOrDefault(row.Subsystem) + amount * coal;
            if (book.Coefficient(RuleKinds.Co2, row.Kind, division, row.Day) is { } factor)
            {
                co2[row.Kind] = co2.GetValueOrDefault(row.Kind) + amount * factor;
            }
            else if (row.QuantityMilli != 0)
            {
                withoutCo2.Add(row.Kind);
            }
        }

        var statisticsYear = to.Year;
        var statistics = ids.Count == 0 ? [] : (await institutions.StatisticsAsync(ids, statisticsYear, ct)).ToDictionary(s => s.InstitutionId);
        var missing = ids.Where(id => !statistics.ContainsKey(id)).ToList();
        decimal? area = missing.Count == 0 && ids.Count > 0 ? Scaled.FromHundredths(statistics.Values.Sum(s => s.FloorAreaHundredths)) : null;
        int? population = missing.Count == 0 && ids.Count > 0 ? statistics.Values.Sum(s => s.Population) : null;

        var totalKgce = Scaled.Normal(kgce.Values.Sum());
        var totalCo2 = co2.Values.Sum();
        var water = Scaled.FromMilli(quantity.GetValueOrDefault(EnergyKind.Water));
        return new IndicatorsResponse(
            from, to, ids.Count, statisticsYear, area, population,
            totalKgce,
            area is > 0 ? Scaled.Ratio(totalKgce, area.Value) : null,
            population is > 0 ? Scaled.Ratio(totalKgce, population.Value) : null,
            water,
            population is > 0 ? Scaled.Ratio(water, population.Value) : null,
            Scaled.Normal(totalCo2 / 1000m),
            area is > 0 ? Scaled.Ratio(totalCo2, area.Value) : null,
            withoutCo2.Order().ToList(),
            quantity.Where(q => q.Value != 0).OrderBy(q => q.Key).Select(q => new KindConsumption(
                q.Key, Units.BaseUnit(q.Key), Scaled.FromMilli(q.Value),
                Units.IsEnergy(q.Key) ? Scaled.Normal(kgce.GetValueOrDefault(q.Key)) : null,
                co2.TryGetValue(q.Key, out var c) ? Scaled.Normal(c) : null)).ToList(),
            bySubsystem.OrderBy(s => s.Key).Select(s => new SubsystemConsumption(s.Key, Scaled.Normal(s.Value))).ToList(),
            missing);
    }
}
