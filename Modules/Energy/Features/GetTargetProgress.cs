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

/// <summary>Progress against the plan targets in force for a year (e.g. the 14th Five-Year Plan against 2020) (Energy_GetTargetProgress): the route.</summary>
internal static class GetTargetProgress
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/{id:guid}/target-progress", Handle).WithName("Energy_GetTargetProgress")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("Progress against the plan targets in force for a year (e.g. the 14th Five-Year Plan against 2020; 规划目标完成进度)")
            .WithDescription("Per indicator: the baseline year's value, the year's value, the change in percent and the plan's target (negative: a reduction). A year outside every plan period answers plan null and no indicators: no target in force, never a stale plan's.")
            .Produces<TargetProgressResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<TargetProgressResponse>> Handle(Guid id, [FromQuery(Name = "year")] int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTargetProgressQuery(id, year), ct));
}

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
        var national = p.National;
        return new TargetProgressResponse(institution.Id, query.Year, plan.Row.RuleKey, p.BaselineYear, plan.Row.Source, plan.Row.Confidence,
        [
            PlanProgress.Indicator("kgcePerSquareMetre", baseline.KgcePerSquareMetre, current.KgcePerSquareMetre, p.EnergyPerAreaPercent)
                with { Missing = PlanProgress.Missing((p.BaselineYear, baseline), (query.Year, current), i => i.KgcePerSquareMetre), NationalBaseline = national?.KgcePerSquareMetre },
            PlanProgress.Indicator("kgcePerPerson", baseline.KgcePerPerson, current.KgcePerPerson, p.EnergyPerPersonPercent)
                with { Missing = PlanProgress.Missing((p.BaselineYear, baseline), (query.Year, current), i => i.KgcePerPerson), NationalBaseline = national?.KgcePerPerson },
            PlanProgress.Indicator("waterPerPerson", baseline.WaterPerPerson, current.WaterPerPerson, p.WaterPerPersonPercent)
                with { Missing = PlanProgress.Missing((p.BaselineYear, baseline), (query.Year, current), i => i.WaterPerPerson), NationalBaseline = national?.WaterPerPerson },
            PlanProgress.Indicator("co2KgPerSquareMetre", baseline.KindsWithoutCo2Factor.Count == 0 ? baseline.Co2KgPerSquareMetre : null,
                current.KindsWithoutCo2Factor.Count == 0 ? current.Co2KgPerSquareMetre : null, p.Co2PerAreaPercent)
                with { Missing = PlanProgress.Missing((p.BaselineYear, baseline), (query.Year, current), i => i.KindsWithoutCo2Factor.Count == 0 ? i.Co2KgPerSquareMetre : null, usesCo2Factors: true) },
        ]);
    }

    private Task<IndicatorsResponse> YearAsync(InstitutionRow institution, int year, CancellationToken ct) =>
        calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
}
