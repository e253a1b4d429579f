using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Reject a submitted visit (ForeignAffairs_RejectVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class RejectVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/reject", Handle).WithName("ForeignAffairs_RejectVisit")
            .WithSummary("Reject a submitted visit (驳回出访申请)")
            .WithDescription("Submitted → Rejected with a reason; a rejected visit may be changed (PUT) and submitted again.")
            .Produces<VisitResponse>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, VisitReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Reject, body.Reason), ct), v => v.Version);
}
