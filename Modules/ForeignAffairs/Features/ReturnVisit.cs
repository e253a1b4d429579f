using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record the delegation's return (ForeignAffairs_ReturnVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class ReturnVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/return", Handle).WithName("ForeignAffairs_ReturnVisit")
            .WithSummary("Record the delegation's return (登记回国)")
            .WithDescription("Travelling → Returned with the day of coming back (not before the departure).")
            .Produces<VisitResponse>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, ReturnVisitRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Return, On: body.ReturnedOn), ct), v => v.Version);
}
