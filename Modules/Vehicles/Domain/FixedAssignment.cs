using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>A fixed car (固定配备) goes only to a leader of the vehicle's organ, and never an off-road vehicle.</summary>
internal static class FixedAssignment
{
    public enum Verdict { Allowed, LeaderNotFound, OffRoad, NotALeader }

    /// <summary>An active staff member of the organ (or holding a concurrent post there) of a leader rank, for a vehicle that is not off-road.</summary>
    public static Verdict Check(StaffMemberSummary? member, Guid organId, BodyType body)
    {
        if (member is null || member.Status != StaffStatus.Active || (member.OrganId != organId && !member.ConcurrentPostOrganIds.Contains(organId)))
        {
            return Verdict.LeaderNotFound;
        }
        if (body == BodyType.OffRoad)
        {
            return Verdict.OffRoad;
        }
        return member.IsLeader ? Verdict.Allowed : Verdict.NotALeader;
    }
}
