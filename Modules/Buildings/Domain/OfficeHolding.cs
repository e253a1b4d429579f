using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Domain;

/// <summary>
/// How many offices (办公室) a person may hold and where: the first in the member's own organ; a second
/// only in another organ in which the person holds a concurrent post; never a third.
/// </summary>
internal static class OfficeHolding
{
    /// <summary>
    /// Why the person may not be given the office in <paramref name="roomId"/>, whose active allocation is held
    /// by <paramref name="roomOrganId"/>; null when they may. <paramref name="held"/> are the room and organ of
    /// each office the person holds now. The first check that fails is the answer.
    /// </summary>
    public static ErrorCode? Refusal(Guid roomId, Guid roomOrganId, Guid staffOrganId, IReadOnlyCollection<Guid> concurrentPostOrganIds,
        IReadOnlyList<(Guid RoomId, Guid OrganId)> held)
    {
        if (held.Any(a => a.RoomId == roomId))
        {
            return BuildingsErrors.AlreadyAssigned;
        }
        if (held.Count >= 2)
        {
            return BuildingsErrors.ThirdOffice;
        }
        if (held.Count == 0)
        {
            // The first office is in the member's own organ.
            return roomOrganId == staffOrganId ? null : BuildingsErrors.RoomNotAllocatedToOrgan;
        }
        return roomOrganId == staffOrganId || held[0].OrganId == roomOrganId || !concurrentPostOrganIds.Contains(roomOrganId)
            ? BuildingsErrors.SecondOfficeNeedsConcurrentPost
            : null;
    }
}
