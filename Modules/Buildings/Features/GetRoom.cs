using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Get a room (Buildings_GetRoom): the route.</summary>
internal static class GetRoom
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{id:guid}", Handle).WithName("Buildings_GetRoom")
            .WithSummary("Get a room (房间详情)")
            .WithDescription("Rooms are visible to every reader; who uses them is organ-scoped.")
            .Produces<RoomResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<RoomResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetRoomByIdQuery(id), ct), r => r.Version);
}

internal sealed record GetRoomByIdQuery(Guid Id) : IQuery<RoomResponse>;

internal sealed class GetRoomByIdHandler(SpaceRepository space) : IRequestHandler<GetRoomByIdQuery, RoomResponse>
{
    public async Task<RoomResponse> Handle(GetRoomByIdQuery query, CancellationToken ct) =>
        (await space.GetRoomAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.RoomNotFound)).ToResponse();
}
