using OrganAffairs.Contracts.Common;
using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Organs.Features;

/// <summary>
/// Without <c>On</c>: every version (the rule table's history). With <c>On</c>: the ranks in force
/// on that date for the jurisdiction, most specific version per rank.
/// </summary>
internal sealed record ListRanksQuery(AdministrativeLevel? Level, string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<RankResponse>>;

internal sealed class ListRanksValidator : AbstractValidator<ListRanksQuery>
{
    public ListRanksValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(OrgansErrors.Jurisdiction.Code).WithMessage(_ => OrgansErrors.Jurisdiction.Title);
}

internal sealed class ListRanksHandler(RankRepository ranks) : IRequestHandler<ListRanksQuery, IReadOnlyList<RankResponse>>
{
    public async Task<IReadOnlyList<RankResponse>> Handle(ListRanksQuery query, CancellationToken ct)
    {
        if (query.On is not { } on)
        {
            var all = await ranks.VersionsAsync(query.Level, query.Jurisdiction is null ? null : [query.Jurisdiction], ct);
            return all.Select(r => r.ToResponse()).ToList();
        }
        var versions = await ranks.VersionsAsync(query.Level, Jurisdictions.ChainOf(query.Jurisdiction), ct);
        return RuleResolver.ResolveEach(versions, r => (r.Level, r.Code), query.Jurisdiction, on)
            .OrderBy(r => r.Level).ThenBy(r => r.SortOrder)
            .Select(r => r.ToResponse()).ToList();
    }
}
