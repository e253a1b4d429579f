using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>
/// A fixed car (固定配备) goes only to staff of the vehicle's organ whose rank the fixed-car rank rule allows
/// (V5, rule data), and never an off-road vehicle.
/// </summary>
internal static class FixedAssignment
{
    public enum Verdict { Allowed, LeaderNotFound, OffRoad, NotALeader, RankWithoutFixedCar }

    /// <summary>An active staff member of the organ (or holding a concurrent post there) whose rank may have a fixed car, for a vehicle that is not off-road.</summary>
    /// <param name="rankMayHaveFixedCar">The fixed-car rank rule's effective answer for the member's rank (false when no version is in force).</param>
    public static Verdict Check(StaffMemberSummary? member, Guid organId, BodyType body, bool rankMayHaveFixedCar)
    {
        if (member is null || member.Status != StaffStatus.Active || (member.OrganId != organId && !member.ConcurrentPostOrganIds.Contains(organId)))
        {
            return Verdict.LeaderNotFound;
        }
        if (body == BodyType.OffRoad)
        {
            return Verdict.OffRoad;
        }
        // The rule table decides; the Organs leader flag only words the refusal.
        if (rankMayHaveFixedCar)
        {
            return Verdict.Allowed;
        }
        return member.IsLeader ? Verdict.RankWithoutFixedCar : Verdict.NotALeader;
    }
}
