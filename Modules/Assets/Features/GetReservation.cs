using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Get reservation (Assets_GetReservation): the route.</summary>
internal static class GetReservation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reservations) =>
        reservations.MapGet("/{id:guid}", Handle).WithName("Assets_GetReservation")
            .WithSummary("Get a reservation, with its ETag (资产预约详情)")
            .WithDescription("Another organ's reservation answers 404 like a missing one.")
            .Produces<ReservationResponse>().Problems(404)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<ReservationResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetReservationQuery(id), ct), r => r.Version);
}

internal sealed record GetReservationQuery(Guid Id) : IQuery<ReservationResponse>;

internal sealed class GetReservationHandler(ReservationRepository reservations) : IRequestHandler<GetReservationQuery, ReservationResponse>
{
    public async Task<ReservationResponse> Handle(GetReservationQuery query, CancellationToken ct) =>
        (await reservations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.ReservationNotFound)).ToResponse();
}
