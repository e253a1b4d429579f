using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Domain;

/// <summary>The office count rule in force (B3, B5): offices in the organ of the primary post, and in all.</summary>
internal sealed record OfficeCounts(int PrimaryOrgan, int Max);

/// <summary>
/// How many offices (办公室) a person may hold and where: the first in the member's own organ, up to the
/// rule's count there (B3); further ones only in another organ in which the person holds a concurrent post,
/// one per organ; never more than the rule's total (B5).
/// </summary>
internal static class OfficeHolding
{
    /// <summary>
    /// Why the person may not be given the office in <paramref name="roomId"/>, whose active allocation is held
    /// by <paramref name="roomOrganId"/>; null when they may. <paramref name="held"/> are the room and organ of
    /// each office the person holds now. The first check that fails is the answer.
    /// </summary>
    public static ErrorCode? Refusal(Guid roomId, Guid roomOrganId, Guid staffOrganId, IReadOnlyCollection<Guid> concurrentPostOrganIds,
        IReadOnlyList<(Guid RoomId, Guid OrganId)> held, OfficeCounts counts)
    {
        if (held.Any(a => a.RoomId == roomId))
        {
            return BuildingsErrors.AlreadyAssigned;
        }
        if (held.Count >= counts.Max)
        {
            return BuildingsErrors.ThirdOffice;
        }
        if (held.Count == 0)
        {
            // The first office is in the member's own organ.
            return roomOrganId == staffOrganId ? null : BuildingsErrors.RoomNotAllocatedToOrgan;
        }
        if (roomOrganId == staffOrganId)
        {
            return held.Count(a => a.OrganId == staffOrganId) >= counts.PrimaryOrgan ? BuildingsErrors.SecondOfficeNeedsConcurrentPost : null;
        }
        return held.Any(a => a.OrganId == roomOrganId) || !concurrentPostOrganIds.Contains(roomOrganId)
            ? BuildingsErrors.SecondOfficeNeedsConcurrentPost
            : null;
    }
}
