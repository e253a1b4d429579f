using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>A statistics period as the client names it; resolved to business dates.</summary>
internal sealed record PeriodSpec(PeriodKind? Kind, int? Year, int? Month, int? Quarter, DateOnly? From, DateOnly? To)
{
    public (DateOnly From, DateOnly To)? Resolve() => Kind switch
    {
        PeriodKind.Month when Year is >= 2000 and <= 2100 && Month is >= 1 and <= 12 =>
            (new DateOnly(Year.Value, Month.Value, 1), new DateOnly(Year.Value, Month.Value, 1).AddMonths(1).AddDays(-1)),
        PeriodKind.Quarter when Year is >= 2000 and <= 2100 && Quarter is >= 1 and <= 4 =>
            (new DateOnly(Year.Value, Quarter.Value * 3 - 2, 1), new DateOnly(Year.Value, Quarter.Value * 3 - 2, 1).AddMonths(3).AddDays(-1)),
        PeriodKind.Year when Year is >= 2000 and <= 2100 => (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31)),
        PeriodKind.Custom when From is { } f && To is { } t && f <= t && t <= f.AddYears(10) && f.Year >= 2000 && t.Year <= 2100 => (f, t),
        _ => null,
    };
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

internal sealed class GetIndicatorsHandler(InstitutionRepository institutions, IndicatorCalculator calculator, IMediator mediator, OrganScope scope)
    : IRequestHandler<GetIndicatorsQuery, IndicatorsResponse>
{
    public async Task<IndicatorsResponse> Handle(GetIndicatorsQuery query, CancellationToken ct)
    {
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
            if (organ is null || !scope.CanSee(organId))
            {
                throw new ProblemException(EnergyErrors.InstitutionNotFound);
            }
            var below = await mediator.Send(new ListSubordinateOrgansQuery(organId, true), ct);
            subjects = await institutions.OfOrgansAsync([organId, .. below.Select(o => o.Id)], ct);
        }
        return await calculator.ComputeAsync(subjects, from, to, ct);
    }
}
