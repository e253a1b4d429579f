using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The visit deadlines (ForeignAffairs_ListDeadlines): the route.</summary>
internal static class ListDeadlines
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/deadlines", Handle).WithName("ForeignAffairs_ListDeadlines")
            .WithSummary("The visit deadlines (F6, F9): every version, or those along a jurisdiction's chain (出访时限规则)")
            .WithDescription("With `jurisdiction`, the versions of that division, its prefecture, province and national (the most specific version in force applies); without it, every version.")
            .Produces<IReadOnlyList<VisitDeadlinesResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<VisitDeadlinesResponse>>> Handle([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDeadlinesQuery(jurisdiction), ct));
}

internal sealed record ListDeadlinesQuery(string? Jurisdiction) : IQuery<IReadOnlyList<VisitDeadlinesResponse>>;

internal sealed class ListDeadlinesValidator : AbstractValidator<ListDeadlinesQuery>
{
    public ListDeadlinesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
}

internal sealed class ListDeadlinesHandler(RuleRepository rules) : IRequestHandler<ListDeadlinesQuery, IReadOnlyList<VisitDeadlinesResponse>>
{
    public async Task<IReadOnlyList<VisitDeadlinesResponse>> Handle(ListDeadlinesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(RuleKinds.Deadlines, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Where(r => r.RuleKey == RuleKinds.VisitKey).Select(LimitsMapping.ToDeadlinesResponse).ToList();
}
