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

/// <summary>Every signed version of a reception's list (Reception_ListReceptionLists): the route.</summary>
internal static class ListReceptionLists
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapGet("/{id:guid}/lists", Handle).WithName("Reception_ListReceptionLists")
            .WithSummary("Every signed version of the reception list, oldest first (接待清单各版本)")
            .WithDescription("Each version is frozen as it was signed. Another organ's reception answers 404 like a missing one.")
            .Produces<IReadOnlyList<ReceptionListResponse>>().Problems(404)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ReceptionListResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReceptionListsQuery(id), ct));
}

internal sealed record ListReceptionListsQuery(Guid ReceptionId) : IQuery<IReadOnlyList<ReceptionListResponse>>;

internal sealed class ListReceptionListsHandler(ReceptionRepository receptions, ListRepository lists) : IRequestHandler<ListReceptionListsQuery, IReadOnlyList<ReceptionListResponse>>
{
    public async Task<IReadOnlyList<ReceptionListResponse>> Handle(ListReceptionListsQuery query, CancellationToken ct)
    {
        var reception = await receptions.GetVisibleAsync(query.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        return (await lists.OfReceptionAsync(reception.Id, ct)).Select(ReimbursementPacks.Read).ToList();
    }
}
