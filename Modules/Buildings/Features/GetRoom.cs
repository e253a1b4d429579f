using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetRoomByIdQuery(Guid Id) : IQuery<RoomResponse>;

internal sealed class GetRoomByIdHandler(SpaceRepository space) : IRequestHandler<GetRoomByIdQuery, RoomResponse>
{
    public async Task<RoomResponse> Handle(GetRoomByIdQuery query, CancellationToken ct) =>
        (await space.GetRoomAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.RoomNotFound)).ToResponse();
}
