using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Support;

/// <summary>References to other modules' records, read through their Contracts queries; a missing or invisible one is a 400 on the field.</summary>
internal static class References
{
    public static async Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        await mediator.Send(new GetOrganQuery(organId), ct) is { Status: OrganStatus.Active } organ
            ? organ
            : throw ProblemException.ForField(AssetsErrors.OrganRefNotFound, field);

    /// <summary>An active staff member; with an organ given, one who works there (main or concurrent post).</summary>
    public static async Task<StaffMemberSummary> StaffAsync(IMediator mediator, Guid staffId, Guid? organId, string field, CancellationToken ct)
    {
        var member = await mediator.Send(new GetStaffMemberQuery(staffId), ct);
        if (member is null || member.Status != StaffStatus.Active
            || (organId is { } organ && member.OrganId != organ && !member.ConcurrentPostOrganIds.Contains(organ)))
        {
            throw ProblemException.ForField(AssetsErrors.StaffRefNotFound, field);
        }
        return member;
    }

    /// <summary>An active room of the Buildings module, or null when none is given.</summary>
    public static async Task<Guid?> RoomAsync(IMediator mediator, Guid? roomId, string field, CancellationToken ct)
    {
        if (roomId is not { } id)
        {
            return null;
        }
        return await mediator.Send(new GetRoomQuery(id), ct) is { Status: SpaceStatus.Active } room
            ? room.Id
            : throw ProblemException.ForField(AssetsErrors.RoomRefNotFound, field);
    }
}
