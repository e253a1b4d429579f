using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Logistics.Support;

/// <summary>A plan's target as checked: its kind and id, the building it lies in, the room its orders are raised for and the asset.</summary>
internal sealed record ResolvedPlanTarget(PlanTargetKind Kind, Guid Id, Guid BuildingId, Guid RoomId, Guid? AssetId);

/// <summary>
/// The target of a preventive plan through the Buildings and Assets Contracts queries: a building or floor is known by its
/// active rooms (<see cref="ListRoomsOfBuildingQuery"/>, whose rooms carry their floor), a room by <see cref="GetRoomQuery"/>, an
/// asset by <see cref="FindAssetQuery"/>. Unknown, retired or without an active room: 422 logistics.plan-target-not-found.
/// </summary>
internal static class PlanTargets
{
    public static async Task<ResolvedPlanTarget> ResolveAsync(IMediator mediator, PlanTarget? target, Guid? roomId, Guid organId, bool seesAll, CancellationToken ct)
    {
        if (target is null)
        {
            var room = await LogisticsReferences.RoomAsync(mediator, roomId ?? throw ProblemException.ForField(LogisticsErrors.RoomRequired, "roomId"), ct);
            return new(PlanTargetKind.Room, room.Id, room.BuildingId, room.Id, null);
        }
        switch (target.Kind)
        {
            case PlanTargetKind.Room:
            {
                var room = await mediator.Send(new GetRoomQuery(target.Id), ct) is { Status: SpaceStatus.Active } r ? r : throw NotFound(target);
                if (roomId is { } other && other != room.Id)
                {
                    throw new ProblemException(LogisticsErrors.RoomOutsideTarget, detail: $"{other:D} ∉ Room {room.Id:D}");
                }
                return new(PlanTargetKind.Room, room.Id, room.BuildingId, room.Id, null);
            }
            case PlanTargetKind.Building:
            case PlanTargetKind.Floor:
            {
                var buildingId = target.Kind == PlanTargetKind.Building ? target.Id : target.BuildingId!.Value;
                var rooms = (await mediator.Send(new ListRoomsOfBuildingQuery(buildingId), ct))
                    .Where(r => r.Status == SpaceStatus.Active && (target.Kind == PlanTargetKind.Building || r.FloorId == target.Id))
                    .ToList();
                if (rooms.Count == 0)
                {
                    throw NotFound(target);
                }
                var room = roomId is { } chosen
                    ? rooms.FirstOrDefault(r => r.Id == chosen) ?? throw new ProblemException(LogisticsErrors.RoomOutsideTarget, detail: $"{chosen:D} ∉ {target.Kind} {target.Id:D}")
                    : rooms.OrderBy(r => r.Number, StringComparer.Ordinal).First();
                return new(target.Kind, target.Id, buildingId, room.Id, null);
            }
            default:
            {
                var asset = await mediator.Send(new FindAssetQuery(target.Id), ct);
                if (asset is null || asset.Status == AssetStatus.Disposed)
                {
                    throw NotFound(target);
                }
                await LogisticsReferences.AssetAsync(mediator, asset.Id, organId, seesAll, ct);
                var room = await LogisticsReferences.RoomAsync(mediator, roomId ?? asset.RoomId ?? throw ProblemException.ForField(LogisticsErrors.RoomRequired, "roomId"), ct);
                return new(PlanTargetKind.Asset, asset.Id, room.BuildingId, room.Id, asset.Id);
            }
        }
    }

    private static ProblemException NotFound(PlanTarget target) => new(LogisticsErrors.PlanTargetNotFound, detail: $"{target.Kind} {target.Id:D}");
}
