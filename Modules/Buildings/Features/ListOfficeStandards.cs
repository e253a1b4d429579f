using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListOfficeStandardsQuery(AdministrativeLevel? Level, string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<OfficeStandardResponse>>;

internal sealed class ListOfficeStandardsValidator : AbstractValidator<ListOfficeStandardsQuery>
{
    public ListOfficeStandardsValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
}

/// <summary>Every version, or with `on` the versions in force for a jurisdiction (most specific per rank).</summary>
internal sealed class ListOfficeStandardsHandler(OfficeRepository offices) : IRequestHandler<ListOfficeStandardsQuery, IReadOnlyList<OfficeStandardResponse>>
{
    public async Task<IReadOnlyList<OfficeStandardResponse>> Handle(ListOfficeStandardsQuery query, CancellationToken ct)
    {
        if (query.On is { } on)
        {
            var division = query.Jurisdiction ?? Jurisdictions.National;
            var versions = await offices.StandardsAsync(query.Level, Jurisdictions.ChainOf(division), ct);
            return RuleResolver.ResolveEach(versions, v => (v.Level, v.RankCode), division, on)
                .OrderBy(v => v.Level).ThenByDescending(v => v.AreaCenti).Select(v => v.ToResponse()).ToList();
        }
        var all = await offices.StandardsAsync(query.Level, query.Jurisdiction is null ? null : [query.Jurisdiction], ct);
        return all.Select(v => v.ToResponse()).ToList();
    }
}
