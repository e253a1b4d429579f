using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;

namespace OrganAffairs.Logistics.Support;

/// <summary>Reference checks through the Organs and Buildings modules' Contracts queries.</summary>
internal static class LogisticsReferences
{
    /// <summary>The visible, active organ: a 400 on the field when missing or invisible, 409 when dissolved (one policy, in Shared).</summary>
    public static Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, CancellationToken ct) =>
        OrganReferences.ActiveAsync(mediator, organId, "organId", LogisticsErrors.OrganRefNotFound, ct);

    /// <summary>The person behind the act (DESIGN): an active staff member of the organ whom the caller may see, else 400 on the field.</summary>
    public static async Task<StaffMemberSummary> StaffAsync(IMediator mediator, Guid staffMemberId, Guid organId, string field, CancellationToken ct) =>
        await mediator.Send(new GetStaffMemberQuery(staffMemberId), ct) is { Status: StaffStatus.Active } member && member.OrganId == organId
            ? member
            : throw ProblemException.ForField(LogisticsErrors.StaffRefNotFound, field);

    /// <summary>An active room of the bureau's buildings, else 400 on roomId.</summary>
    public static async Task<RoomSummary> RoomAsync(IMediator mediator, Guid roomId, CancellationToken ct) =>
        await mediator.Send(new GetRoomQuery(roomId), ct) is { Status: SpaceStatus.Active } room
            ? room
            : throw ProblemException.ForField(LogisticsErrors.RoomRefNotFound, "roomId");

    /// <summary>
    /// The asset a work order names (Assets, <see cref="FindAssetQuery"/>): missing, invisible to the caller or disposed is 400 on
    /// assetId; held by another organ, or in stock (held by nobody) for a caller who is not the bureau, is 422.
    /// </summary>
    public static async Task<AssetResponse> AssetAsync(IMediator mediator, Guid assetId, Guid organId, bool seesAll, CancellationToken ct)
    {
        var asset = await mediator.Send(new FindAssetQuery(assetId), ct);
        if (asset is null || asset.Status == AssetStatus.Disposed)
        {
            throw ProblemException.ForField(LogisticsErrors.AssetRefNotFound, "assetId");
        }
        return asset.HolderOrganId == organId || (asset.HolderOrganId is null && seesAll)
            ? asset
            : throw new ProblemException(LogisticsErrors.AssetNotOfOrgan, detail: asset.Tag);
    }

    /// <summary>The requester of the order acting in person: an active staff member the caller may see (400 otherwise) who raised it (422 otherwise).</summary>
    public static async Task RequesterAsync(IMediator mediator, Logistics.Data.WorkOrderRow order, Guid staffMemberId, CancellationToken ct)
    {
        await StaffAsync(mediator, staffMemberId, order.OrganId, "staffMemberId", ct);
        if (staffMemberId != order.RequesterStaffMemberId)
        {
            throw new ProblemException(LogisticsErrors.NotTheRequester);
        }
    }
}
