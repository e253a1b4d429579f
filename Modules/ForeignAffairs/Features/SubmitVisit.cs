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

/// <summary>Submit a draft visit for approval (报批) (ForeignAffairs_SubmitVisit): the route; the state change is <see cref="AdvanceVisitHandler"/>.</summary>
internal static class SubmitVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/submit", Handle).WithName("ForeignAffairs_SubmitVisit")
            .WithSummary("Submit a draft visit for approval (报批)")
            .WithDescription("Draft → Submitted after the checks in force today for the organ's jurisdiction: no budget is 422 foreign-affairs.budget-missing; a broken limit is 422 with the first breach's code and every breach, with its rule id (F1–F5, F7, F11, F12), in breaches. A unit with a travel document overdue beyond its rule's lock (F10; Beijing: more than 30 days) is 422 foreign-affairs.document-overdue naming the member and visit. Where the deadlines in force ask for a pre-trip publication (公示) of N working days, a visit not published, or published fewer than N working days ago, is 422 foreign-affairs.publication-window (F9). Any other status is 409 foreign-affairs.visit-state.")
            .Produces<VisitResponse>().Problems(400, 404, 409, 422)
            .RuleBreaches()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceVisitCommand(id, VisitStep.Submit), ct), v => v.Version);
}
