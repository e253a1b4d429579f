using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Get an outbound visit (ForeignAffairs_GetVisit): the route.</summary>
internal static class GetVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/{id:guid}", Handle).WithName("ForeignAffairs_GetVisit")
            .WithSummary("Get an outbound visit, with its ETag and its measures (days abroad, countries, official days; 因公出访详情)")
            .WithDescription("Another organ's visit answers 404 like a missing one.")
            .Produces<VisitResponse>().Problems(404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetVisitQuery(id), ct), v => v.Version);
}

internal sealed record GetVisitQuery(Guid Id) : IQuery<VisitResponse>;

internal sealed class GetVisitHandler(VisitRepository visits, VisitRuleBook rules, BusinessClock clock) : IRequestHandler<GetVisitQuery, VisitResponse>
{
    public async Task<VisitResponse> Handle(GetVisitQuery query, CancellationToken ct) =>
        (await visits.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound))
            .ToResponse(await rules.NationalRegionsAsync(clock.Today, ct));
}
