using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>Reference checks through the Organs module's Contracts queries, shared by vehicles, drivers, trips and quotas.</summary>
internal static class VehicleRules
{
    /// <summary>The visible, active organ: a 400 on the field when missing or invisible, 409 when dissolved (one policy, in Shared).</summary>
    public static Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        OrganReferences.ActiveAsync(mediator, organId, field, VehiclesErrors.OrganRefNotFound, ct);

    /// <summary>A fixed car (固定配备) goes only to a leader of the vehicle's organ, and never an off-road vehicle.</summary>
    public static async Task EnsureLeaderAsync(IMediator mediator, Guid? leaderId, Guid organId, BodyType body, CancellationToken ct)
    {
        if (leaderId is not { } id)
        {
            return;
        }
        var member = await mediator.Send(new GetStaffMemberQuery(id), ct);
        switch (FixedAssignment.Check(member, organId, body))
        {
            case FixedAssignment.Verdict.LeaderNotFound:
                throw ProblemException.ForField(VehiclesErrors.LeaderRefNotFound, "assignedLeaderId");
            case FixedAssignment.Verdict.OffRoad:
                throw new ProblemException(VehiclesErrors.OffRoadLeaderCar);
            case FixedAssignment.Verdict.NotALeader:
                throw new ProblemException(VehiclesErrors.NotALeader, detail: $"{member!.Name}: {member.RankNameZh} ({member.RankCode})");
        }
    }
}
