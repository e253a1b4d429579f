using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>The versions of a coefficient table: the one query of the three tables' list routes (ListStandardCoalCoefficients, ListCo2Factors, ListFuelDensities).</summary>
internal sealed record ListCoefficientsQuery(CoefficientTable Table, string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<CoefficientResponse>>;

internal sealed class ListCoefficientsValidator : AbstractValidator<ListCoefficientsQuery>
{
    public ListCoefficientsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListCoefficientsHandler(RuleVersioning versioning) : IRequestHandler<ListCoefficientsQuery, IReadOnlyList<CoefficientResponse>>
{
    public async Task<IReadOnlyList<CoefficientResponse>> Handle(ListCoefficientsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(query.Table.Kind(), query.Jurisdiction, query.On, ct)).Select(r => r.ToCoefficient()).ToList();
}
