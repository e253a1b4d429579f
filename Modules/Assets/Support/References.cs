using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;

namespace OrganAffairs.Assets.Support;

/// <summary>References to other modules' records, read through their Contracts queries; a missing or invisible one is a 400 on the field.</summary>
internal static class References
{
    /// <summary>The visible, active organ: a 400 on the field when missing or invisible, 409 when dissolved (one policy, in Shared).</summary>
    public static Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        OrganReferences.ActiveAsync(mediator, organId, field, AssetsErrors.OrganRefNotFound, ct);

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
