using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal static class VehicleMapping
{
    public static VehicleResponse ToResponse(this VehicleRow r) => new(
        r.Id, r.OrganId, r.Plate, r.Vin, r.Brand, r.Model, r.DomesticBrand, r.EnergyType, r.BodyType, r.Category, r.Seats,
        r.DisplacementMl is { } ml ? Money.ToLitres(ml) : null, Money.ToYuan(r.PurchasePriceFen), r.PurchasedOn, r.OdometerKm, r.Status,
        r.AssignedLeaderId, r.ApprovalReference, r.PurchaseStandardCode, r.DisposalMethod, r.DisposedOn,
        r.DisposalProceedsFen is { } fen ? Money.ToYuan(fen) : null, r.Version, r.CreatedAt, r.UpdatedAt);
}

/// <summary>Rules shared by registering and updating a vehicle.</summary>
internal static class VehicleRules
{
    /// <summary>The visible organ (via the Organs module's Contracts query), or a 400 on the field.</summary>
    public static async Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, string field, CancellationToken ct) =>
        await mediator.Send(new GetOrganQuery(organId), ct) is { Status: OrganStatus.Active } organ
            ? organ
            : throw ProblemException.ForField(VehiclesErrors.OrganRefNotFound, field);

    /// <summary>A fixed car (固定配备) goes only to a leader of the vehicle's organ, and never an off-road vehicle.</summary>
    public static async Task EnsureLeaderAsync(IMediator mediator, Guid? leaderId, Guid organId, BodyType body, CancellationToken ct)
    {
        if (leaderId is not { } id)
        {
            return;
        }
        var member = await mediator.Send(new GetStaffMemberQuery(id), ct);
        if (member is null || member.Status != StaffStatus.Active || (member.OrganId != organId && !member.ConcurrentPostOrganIds.Contains(organId)))
        {
            throw ProblemException.ForField(VehiclesErrors.LeaderRefNotFound, "assignedLeaderId");
        }
        if (body == BodyType.OffRoad)
        {
            throw new ProblemException(VehiclesErrors.OffRoadLeaderCar);
        }
        if (!member.IsLeader)
        {
            throw new ProblemException(VehiclesErrors.NotALeader, detail: $"{member.Name}: {member.RankNameZh} ({member.RankCode})");
        }
    }
}
