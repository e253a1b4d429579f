using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Shared.Data;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Indicators of an institution or of an organ and everything below it, for a period (Energy_GetIndicators): the route.</summary>
internal static class GetIndicators
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(EnergyEndpoints.Root + "/indicators", Handle).WithTags(EnergyModule.IndicatorsTag).WithName("Energy_GetIndicators")
            .WithSummary("Indicators of an institution or of an organ and everything below it, for a period (能耗指标)")
            .WithDescription(
                "Exactly one of institutionId and organId. period=Month (year, month), Quarter (year, quarter), Year (year) or Custom (from, to: business dates, inclusive, at most 10 years). " +
                "Total standard coal (kgce) and by kind and subsystem, kgce/m², kgce/person, water m³/person, CO₂ in t and kg/m². Each day's consumption is converted with the coefficients in force that day for the institution's division. " +
                "Read from maintained roll-ups (by month, and by day only for partial months or months in which a coefficient changes). Per-m² and per-person figures divide by the statistics of the period's last year. " +
                "CO₂ counts the kinds with a factor in force; kindsWithoutCo2Factor lists those without (the seeded factors are unconfirmed: see the rules).")
            .Produces<IndicatorsResponse>().Problems(400, 404, 422).StrictEnums<IndicatorParameters>()
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IndicatorsResponse>> Handle([AsParameters] IndicatorParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetIndicatorsQuery(p.InstitutionId, p.OrganId, new PeriodSpec(p.Period, p.Year, p.Month, p.Quarter, p.From, p.To)), ct));
}

internal sealed record GetIndicatorsQuery(Guid? InstitutionId, Guid? OrganId, PeriodSpec Period) : IQuery<IndicatorsResponse>;

internal sealed class GetIndicatorsValidator : AbstractValidator<GetIndicatorsQuery>
{
    public GetIndicatorsValidator()
    {
        RuleFor(q => q).Must(q => q.InstitutionId is null != (q.OrganId is null))
            .WithErrorCode(EnergyErrors.SubjectInvalid.Code).WithMessage(_ => EnergyErrors.SubjectInvalid.Title).OverridePropertyName("institutionId");
        RuleFor(q => q.Period).Must(p => p.Resolve() is not null)
            .WithErrorCode(EnergyErrors.PeriodInvalid.Code).WithMessage(_ => EnergyErrors.PeriodInvalid.Title).OverridePropertyName("period");
    }
}

internal sealed class GetIndicatorsHandler(InstitutionRepository institutions, IndicatorCalculator calculator, IMediator mediator, OrganScope scope, ReplicaReads replica)
    : IRequestHandler<GetIndicatorsQuery, IndicatorsResponse>
{
    public async Task<IndicatorsResponse> Handle(GetIndicatorsQuery query, CancellationToken ct)
    {
        // A report: tolerates replica lag (docs/adr/0048).
        await replica.UseAsync(ct);
        var (from, to) = query.Period.Resolve()!.Value;
        IReadOnlyList<InstitutionRow> subjects;
        if (query.InstitutionId is { } institutionId)
        {
            subjects = [await institutions.GetVisibleAsync(institutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound)];
        }
        else
        {
            // An organ and every organ below it (any level of the hierarchy).
            var organId = query.OrganId!.Value;
            var organ = await mediator.Send(new GetOrganQuery(organId), ct);
            if (organ is null || !await scope.CanSeeAsync(organId, ct))
            {
                throw new ProblemException(EnergyErrors.InstitutionNotFound);
            }
            var below = await mediator.Send(new ListSubordinateOrgansQuery(organId, true), ct);
            subjects = await institutions.OfOrgansAsync([organId, .. below.Select(o => o.Id)], ct);
            if (await scope.JurisdictionPatternOfAsync(organId, ct) is { } jurisdiction)
            {
                // A bureau's figures cover its whole jurisdiction, parent chain or not.
                subjects = subjects.Concat(await institutions.InJurisdictionAsync(jurisdiction, ct))
                    .DistinctBy(i => i.Id).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
            }
        }
        return await calculator.ComputeAsync(subjects, from, to, ct);
    }
}

/// <summary>Query parameters of GET /api/v1/energy/indicators.</summary>
internal sealed record IndicatorParameters
{
    [FromQuery(Name = "institutionId")] public Guid? InstitutionId { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "period")] public PeriodKind? Period { get; init; }
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "month")] public int? Month { get; init; }
    [FromQuery(Name = "quarter")] public int? Quarter { get; init; }
    [FromQuery(Name = "from")] public DateOnly? From { get; init; }
    [FromQuery(Name = "to")] public DateOnly? To { get; init; }
}
