using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Close a reported visit (ForeignAffairs_CloseVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class CloseVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/close", Handle).WithName("ForeignAffairs_CloseVisit")
            .WithSummary("Close a reported visit (办结出访)")
            .WithDescription("Reported → Closed.")
            .Produces<VisitResponse>().Problems(404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Close), ct), v => v.Version);
}
