using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record the post-trip report (出访报告) (ForeignAffairs_ReportVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class ReportVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/report", Handle).WithName("ForeignAffairs_ReportVisit")
            .WithSummary("Record the post-trip report (出访报告)")
            .WithDescription("Returned → Reported with the report's summary; closes the visit's open foreign-affairs.late-report violation (F6), if any.")
            .Produces<VisitResponse>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, ReportVisitRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Report, body.Summary), ct), v => v.Version);
}
