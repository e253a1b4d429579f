using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>List ranks (Organs_ListRanks): the route.</summary>
internal static class ListRanks
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder ranks) =>
        ranks.MapGet("/", Handle).WithName("Organs_ListRanks")
            .WithSummary("The rank rule table (职级): every version, or the ranks in force on a date")
            .WithDescription("With `on`, returns per rank the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national).")
            .Produces<IReadOnlyList<RankResponse>>().Problems(400).StrictEnums<RankListParameters>()
            .RequireScope(OrgansModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<RankResponse>>> Handle([AsParameters] RankListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRanksQuery(p.Level, p.Jurisdiction, p.On), ct));
}

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

/// <summary>Query parameters of GET /api/v1/organs/ranks.</summary>
internal sealed record RankListParameters
{
    [FromQuery(Name = "level")] public AdministrativeLevel? Level { get; init; }
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
