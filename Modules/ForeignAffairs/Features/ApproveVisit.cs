using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.ForeignAffairs.Support;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Approve a submitted visit (任务批件) (ForeignAffairs_ApproveVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class ApproveVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/approve", Handle).WithName("ForeignAffairs_ApproveVisit")
            .WithSummary("Approve a submitted visit (任务批件)")
            .WithDescription("Submitted → Approved with the approval number and date. The checks run again with the rules in force on the approval date, and the visit keeps that version (ruleVersionId). Any other status is 409 foreign-affairs.visit-state.")
            .Produces<VisitResponse>().Problems(400, 404, 409, 422)
            .RuleBreaches()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, ApproveVisitRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Approve, body.ApprovalNumber, body.ApprovedOn), ct), v => v.Version);
}
