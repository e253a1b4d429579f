using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy.Features;

internal sealed record GetTargetProgressQuery(Guid InstitutionId, int Year) : IQuery<TargetProgressResponse>;

internal sealed class GetTargetProgressValidator : AbstractValidator<GetTargetProgressQuery>
{
    public GetTargetProgressValidator() => RuleFor(q => q.Year).Year().OverridePropertyName("year");
}

/// <summary>
/// Progress against the plan whose period holds the year (e.g. the 14th Five-Year Plan for 2021–2025, against
/// 2020). A year outside every plan answers "no target in force" rather than a stale plan's numbers.
/// </summary>
internal sealed class GetTargetProgressHandler(InstitutionRepository institutions, IndicatorCalculator calculator, EnergyRuleBook book)
    : IRequestHandler<GetTargetProgressQuery, TargetProgressResponse>
{
    public async Task<TargetProgressResponse> Handle(GetTargetProgressQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        await book.LoadAsync(ct);
        var division = await book.DivisionOfAsync(institution.OrganId, ct);
        if (book.PlanFor(division, query.Year) is not { } plan)
        {
            return new TargetProgressResponse(institution.Id, query.Year, null, null, null, null, []);
        }
        var p = plan.Value;
        var baseline = await YearAsync(institution, p.BaselineYear, ct);
        var current = await YearAsync(institution, query.Year, ct);
        return new TargetProgressResponse(institution.Id, query.Year, plan.Row.RuleKey, p.BaselineYear, plan.Row.Source, plan.Row.Confidence,
        [
            Indicator("kgcePerSquareMetre", baseline.KgcePerSquareMetre, current.KgcePerSquareMetre, p.EnergyPerAreaPercent),
            Indicator("kgcePerPerson", baseline.KgcePerPerson, current.KgcePerPerson, p.EnergyPerPersonPercent),
            Indicator("waterPerPerson", baseline.WaterPerPerson, current.WaterPerPerson, p.WaterPerPersonPercent),
            Indicator("co2KgPerSquareMetre", baseline.KindsWithoutCo2Factor.Count == 0 ? baseline.Co2KgPerSquareMetre : null,
                current.KindsWithoutCo2Factor.Count == 0 ? current.Co2KgPerSquareMetre : null, p.Co2PerAreaPercent),
        ]);
    }

    private Task<IndicatorsResponse> YearAsync(InstitutionRow institution, int year, CancellationToken ct) =>
        calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    private static TargetIndicator Indicator(string name, decimal? baseline, decimal? current, decimal target)
    {
        decimal? change = baseline is > 0 && current is not null ? Scaled.Ratio((current.Value - baseline.Value) * 100m, baseline.Value, 2) : null;
        return new TargetIndicator(name, baseline, current, change, target, change is null ? null : change <= target);
    }
}
