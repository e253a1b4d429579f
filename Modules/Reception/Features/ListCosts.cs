using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>A reception's cost lines (Reception_ListCosts): the route.</summary>
internal static class ListCosts
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapGet("/{id:guid}/costs", Handle).WithName("Reception_ListCosts")
            .WithSummary("A reception's cost lines, by date (接待费用明细)")
            .WithDescription("Another organ's reception answers 404 like a missing one.")
            .Produces<IReadOnlyList<CostLineResponse>>().Problems(404)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<CostLineResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCostsQuery(id), ct));
}

internal sealed record ListCostsQuery(Guid ReceptionId) : IQuery<IReadOnlyList<CostLineResponse>>;

internal sealed class ListCostsHandler(ReceptionRepository receptions, CostRepository costs) : IRequestHandler<ListCostsQuery, IReadOnlyList<CostLineResponse>>
{
    public async Task<IReadOnlyList<CostLineResponse>> Handle(ListCostsQuery query, CancellationToken ct)
    {
        var reception = await receptions.GetVisibleAsync(query.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        return (await costs.OfReceptionAsync(reception.Id, ct)).Select(c => c.ToResponse()).ToList();
    }
}
