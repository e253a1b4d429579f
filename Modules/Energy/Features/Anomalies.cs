using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

internal sealed record ListYearOverYearAnomaliesQuery(string Month, decimal? ThresholdPercent) : IQuery<IReadOnlyList<YearOverYearAnomaly>>;

internal sealed class ListYearOverYearAnomaliesValidator : AbstractValidator<ListYearOverYearAnomaliesQuery>
{
    public ListYearOverYearAnomaliesValidator()
    {
        RuleFor(q => q.Month).Must(m => Anomalies.TryMonth(m, out _)).WithErrorCode(EnergyErrors.MonthInvalid.Code).WithMessage(_ => EnergyErrors.MonthInvalid.Title)
            .OverridePropertyName("month");
        RuleFor(q => q.ThresholdPercent).InclusiveBetween(1, 1000).When(q => q.ThresholdPercent is not null).OverridePropertyName("thresholdPercent");
    }
}

internal static class Anomalies
{
    public static bool TryMonth(string? text, out DateOnly first)
    {
        first = default;
        return text is { Length: 7 } && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out first) && first.Year is >= 2001 and <= 2100;
    }
}

/// <summary>
/// A month against the same month a year before, per institution and kind, from the month roll-up. The
/// threshold is the settings rule's (or the query's); a kind with nothing last year has no basis and is not listed.
/// </summary>
internal sealed class ListYearOverYearAnomaliesHandler(InstitutionRepository institutions, RollupRepository rollups, EnergyRuleBook book)
    : IRequestHandler<ListYearOverYearAnomaliesQuery, IReadOnlyList<YearOverYearAnomaly>>
{
    public async Task<IReadOnlyList<YearOverYearAnomaly>> Handle(ListYearOverYearAnomaliesQuery query, CancellationToken ct)
    {
        Anomalies.TryMonth(query.Month, out var first);
        var subjects = await institutions.AllVisibleAsync(ct);
        await book.LoadAsync(ct);
        var month = Months.Key(first);
        var lastYear = Months.Key(first.AddYears(-1));
        var rows = await rollups.MonthsAsync(subjects.Select(s => s.Id).ToList(), [month, lastYear], ct);
        var result = new List<YearOverYearAnomaly>();
        foreach (var institution in subjects)
        {
            var threshold = query.ThresholdPercent
                ?? book.Settings(await book.DivisionOfAsync(institution.OrganId, ct), first)?.AnomalyThresholdPercent
                ?? throw new ProblemException(EnergyErrors.SettingsMissing);
            foreach (var kind in rows.Where(r => r.InstitutionId == institution.Id).GroupBy(r => r.Kind).OrderBy(g => g.Key))
            {
                var now = kind.Where(r => Months.Key(r.Day) == month).Sum(r => r.QuantityMilli);
                var before = kind.Where(r => Months.Key(r.Day) == lastYear).Sum(r => r.QuantityMilli);
                if (before <= 0)
                {
                    continue;
                }
                // Compared exactly; only the answer is rounded (20.001% is beyond a 20% threshold).
                var change = (now - before) * 100m / before;
                if (Math.Abs(change) > threshold)
                {
                    result.Add(new YearOverYearAnomaly(institution.Id, kind.Key, Months.Text(month), Scaled.FromMilli(now), Scaled.FromMilli(before),
                        Math.Round(change, 2, MidpointRounding.AwayFromZero)));
                }
            }
        }
        return result;
    }
}

internal sealed record ListSilentMetersQuery(int? Days, Guid? InstitutionId, PageRequest Page) : IQuery<PagedResult<SilentMeter>>;

internal sealed class ListSilentMetersValidator : AbstractValidator<ListSilentMetersQuery>
{
    public ListSilentMetersValidator() => RuleFor(q => q.Days).InclusiveBetween(1, 366).When(q => q.Days is not null).OverridePropertyName("days");
}

/// <summary>Meters with no reading for N days (the settings rule's national default unless the query gives one).</summary>
internal sealed class ListSilentMetersHandler(MeterRepository meters, EnergyRuleBook book, BusinessClock clock)
    : IRequestHandler<ListSilentMetersQuery, PagedResult<SilentMeter>>
{
    public async Task<PagedResult<SilentMeter>> Handle(ListSilentMetersQuery query, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var days = query.Days ?? book.Settings(null, clock.Today)?.SilentMeterDays ?? throw new ProblemException(EnergyErrors.SettingsMissing);
        var now = clock.UtcNow;
        var (rows, total) = await meters.SilentAsync(now.AddDays(-days), query.InstitutionId, query.Page, ct);
        return new PagedResult<SilentMeter>(rows.Select(m => new SilentMeter(m.Id, m.InstitutionId, m.Code, m.Kind, m.LastReadAt,
            (int)(now - (m.LastReadAt ?? m.InstalledAt)).TotalDays)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
