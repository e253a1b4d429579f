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

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Get an incoming delegation (ForeignAffairs_GetDelegation): the route.</summary>
internal static class GetDelegation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder incoming) =>
        incoming.MapGet("/{id:guid}", Handle).WithName("ForeignAffairs_GetDelegation")
            .WithSummary("Get an incoming delegation with its costs (外宾接待详情)")
            .WithDescription("The guests, the programme, the costs with the limits they were checked against, the banquets held and the total. Guests' dates of birth are masked (19**-**-**) unless the caller holds foreign-affairs.personal-data; an answer with dates in clear is written to the audit trail. Another organ's delegation is 404.")
            .Produces<DelegationResponse>().Problems(404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<DelegationResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.User.HasClaim(Scopes.ScopeClaim, ForeignAffairsModule.PersonalDataScope)
            ? await mediator.Send(new RevealDelegationCommand(id), ct)
            : await mediator.Send(new GetDelegationQuery(id), ct));
}

internal sealed record GetDelegationQuery(Guid Id) : IQuery<DelegationResponse>;

internal sealed class GetDelegationHandler(DelegationRepository delegations, TravelDocuments documents) : IRequestHandler<GetDelegationQuery, DelegationResponse>
{
    public async Task<DelegationResponse> Handle(GetDelegationQuery query, CancellationToken ct)
    {
        var row = await delegations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.DelegationNotFound);
        return row.ToResponse(await delegations.CostsOfAsync([row.Id], ct), documents);
    }
}
