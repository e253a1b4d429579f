using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Institutions whose use of a kind in a month differs from the same month last year beyond a threshold (Energy_ListYearOverYearAnomalies): the route.</summary>
internal static class ListYearOverYearAnomalies
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder anomalies) =>
        anomalies.MapGet("/year-over-year", Handle).WithName("Energy_ListYearOverYearAnomalies")
            .WithSummary("Institutions whose use of a kind in a month differs from the same month last year beyond a threshold (同比异常)")
            .WithDescription("month=yyyy-MM; thresholdPercent defaults to the settings rule's (20% as seeded). A kind with no use in last year's month has no basis and is not listed.")
            .Produces<IReadOnlyList<YearOverYearAnomaly>>().Problems(400, 422)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<YearOverYearAnomaly>>> Handle(
        [FromQuery(Name = "month")] string? month, [FromQuery(Name = "thresholdPercent")] decimal? thresholdPercent, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListYearOverYearAnomaliesQuery(month ?? "", thresholdPercent), ct));
}

internal sealed record ListYearOverYearAnomaliesQuery(string Month, decimal? ThresholdPercent) : IQuery<IReadOnlyList<YearOverYearAnomaly>>;

internal sealed class ListYearOverYearAnomaliesValidator : AbstractValidator<ListYearOverYearAnomaliesQuery>
{
    public ListYearOverYearAnomaliesValidator()
    {
        RuleFor(q => q.Month).Must(m => Months.TryParse(m, out _)).WithErrorCode(EnergyErrors.MonthInvalid.Code).WithMessage(_ => EnergyErrors.MonthInvalid.Title)
            .OverridePropertyName("month");
        RuleFor(q => q.ThresholdPercent).InclusiveBetween(1, 1000).When(q => q.ThresholdPercent is not null).OverridePropertyName("thresholdPercent");
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
        Months.TryParse(query.Month, out var first);
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
                if (YearOverYear.ChangePercent(now, before) is not { } change)
                {
                    continue;
                }
                if (YearOverYear.Beyond(change, threshold))
                {
                    result.Add(new YearOverYearAnomaly(institution.Id, kind.Key, Months.Text(month), Scaled.FromMilli(now), Scaled.FromMilli(before),
                        Math.Round(change, 2, MidpointRounding.AwayFromZero)));
                }
            }
        }
        return result;
    }
}
