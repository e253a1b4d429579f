using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record the delegation's departure (ForeignAffairs_DepartVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class DepartVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/depart", Handle).WithName("ForeignAffairs_DepartVisit")
            .WithSummary("Record the delegation's departure (登记出境)")
            .WithDescription("Approved → Travelling.")
            .Produces<VisitResponse>().Problems(404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Depart), ct), v => v.Version);
}
