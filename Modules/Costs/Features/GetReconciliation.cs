using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's year reconciled against the source modules (Costs_GetReconciliation): the route.</summary>
internal static class GetReconciliation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reconciliation) =>
        reconciliation.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetReconciliation")
            .WithSummary("Reconcile an organ's 三公经费 actuals of a year with the source modules (对账)")
            .WithDescription("Each line's posted total beside the total of the items its source modules answer through their Contracts queries (Vehicles' costs, corrections and purchases, ForeignAffairs' outbound visits and incoming delegations, Reception's cost lines), and every differing item: MissingInCosts (POST …/post-missing posts it), AmountDiffers, MissingInSource. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<ReconciliationResponse>().Problems(400, 404)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<ReconciliationResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetReconciliationQuery(organId, year), ct));
}

internal sealed record GetReconciliationQuery(Guid OrganId, int Year) : IQuery<ReconciliationResponse>;

internal sealed class GetReconciliationValidator : AbstractValidator<GetReconciliationQuery>
{
    public GetReconciliationValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetReconciliationHandler(Reconciliations reconciliations) : IRequestHandler<GetReconciliationQuery, ReconciliationResponse>
{
    public async Task<ReconciliationResponse> Handle(GetReconciliationQuery query, CancellationToken ct)
    {
        await reconciliations.EnsureOrganAsync(query.OrganId, ct);
        return (await reconciliations.ReconcileAsync(query.OrganId, query.Year, 0, ct)).Report;
    }
}
