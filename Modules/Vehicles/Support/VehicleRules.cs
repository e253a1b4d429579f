using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>Reference checks through the Organs module's Contracts queries, shared by vehicles, drivers, trips and quotas.</summary>
internal static class VehicleRules
{
    /// <summary>The visible, active organ: a 400 on the field when missing or invisible, 409 when dissolved (one policy, in Shared).</summary>
    public static Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        OrganReferences.ActiveAsync(mediator, organId, field, VehiclesErrors.OrganRefNotFound, ct);

    /// <summary>
    /// A fixed car (固定配备) goes only to staff of the vehicle's organ whose rank the fixed-car rank rule in force on
    /// <paramref name="on"/> for the organ's division allows (V5; the strictest along the chain), and never an off-road vehicle.
    /// </summary>
    public static async Task EnsureLeaderAsync(
        IMediator mediator, RuleRepository rules, Guid? leaderId, Guid organId, string? divisionCode, BodyType body, DateOnly on, CancellationToken ct)
    {
        if (leaderId is not { } id)
        {
            return;
        }
        var member = await mediator.Send(new GetStaffMemberQuery(id), ct);
        var rule = member is null ? null : await FixedCarRankAsync(rules, member.Level, member.RankCode, divisionCode, on, ct);
        var allowed = rule is not null && RuleJson.Read<FixedCarRankValue>(rule.Value).FixedCar;
        switch (FixedAssignment.Check(member, organId, body, allowed))
        {
            case FixedAssignment.Verdict.LeaderNotFound:
                throw ProblemException.ForField(VehiclesErrors.LeaderRefNotFound, "assignedLeaderId");
            case FixedAssignment.Verdict.OffRoad:
                throw new ProblemException(VehiclesErrors.OffRoadLeaderCar);
            case FixedAssignment.Verdict.NotALeader:
                throw new ProblemException(VehiclesErrors.NotALeader, detail: $"{member!.Name}: {member.RankNameZh} ({member.Level}/{member.RankCode})");
            case FixedAssignment.Verdict.RankWithoutFixedCar:
                throw new ProblemException(VehiclesErrors.RankWithoutFixedCar,
                    detail: $"V5 {member!.RankNameZh} ({member.Level}/{member.RankCode}): {(rule is null ? "no fixed-car rank rule in force" : $"{rule.Jurisdiction} — {rule.Source}")}");
        }
    }

    /// <summary>The effective fixed-car rank rule of one rank: the strictest version in force along the division's chain, or null.</summary>
    private static async Task<RuleRow?> FixedCarRankAsync(RuleRepository rules, AdministrativeLevel level, string rankCode, string? divisionCode, DateOnly on, CancellationToken ct)
    {
        var key = RuleKinds.FixedCarRankKey(level, rankCode);
        var versions = (await rules.VersionsAsync(RuleKinds.FixedCarRank, Jurisdictions.ChainOf(divisionCode), ct)).Where(r => r.RuleKey == key);
        return VehiclesRuleTables.FixedCarRanks.Effective(versions, divisionCode, on);
    }
}
