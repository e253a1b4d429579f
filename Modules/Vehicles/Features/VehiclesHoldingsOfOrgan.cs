using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>
/// Vehicles' part in dissolving an organ: its vehicles not disposed of and its active drivers. Both go
/// to the successor (划转) or, recovered (收回), to the bureau's own organ, which then dispatches them.
/// The receiving organ's quota is not checked here: the decision that dissolves an organ approves the
/// transfer, and quotas are re-approved on their own — but holdings above it open an over-quota violation
/// (V6) for the receiver, and the dissolved organ's close.
/// </summary>
internal sealed class VehiclesHoldingsOfOrganHandler(VehicleRepository vehicles, DriverRepository drivers, VehicleViolations violations, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<VehiclesHoldingsOfOrgan, IReadOnlyList<OrganHolding>>
{
    public async Task<IReadOnlyList<OrganHolding>> Handle(VehiclesHoldingsOfOrgan request, CancellationToken ct)
    {
        var held = await vehicles.HeldByAsync(request.OrganId, ct);
        var active = await drivers.ActiveOfOrganAsync(request.OrganId, ct);
        if (request.Settlement is { } settlement)
        {
            var to = settlement.SuccessorOrganId ?? settlement.BureauOrganId ?? throw new ProblemException(SharedErrors.BureauOnly);
            foreach (var row in held)
            {
                var before = row.ToResponse();
                var expected = row.Version;
                (row.OrganId, row.Version, row.UpdatedAt) = (to, expected + 1, clock.UtcNow);
                await vehicles.LockAsync(row.Id, ct);
                if (!await vehicles.HandOverAsync(row, expected, ct))
                {
                    throw new ProblemException(SharedErrors.ConcurrentChange);
                }
                audit.Record("Vehicle", row.Id, to, AuditTrail.Diff(before, row.ToResponse()));
            }
            foreach (var row in active)
            {
                var before = row.ToResponse();
                var expected = row.Version;
                (row.OrganId, row.Version, row.UpdatedAt) = (to, expected + 1, clock.UtcNow);
                await drivers.LockAsync(row.Id, ct);
                if (!await drivers.HandOverAsync(row, expected, ct))
                {
                    throw new ProblemException(SharedErrors.ConcurrentChange);
                }
                audit.Record("Driver", row.Id, to, AuditTrail.Diff(before, row.ToResponse()));
            }
            if (held.Count > 0)
            {
                await violations.ReviewQuotasAsync(request.OrganId, ct);
                await violations.ReviewQuotasAsync(to, ct);
            }
        }
        List<OrganHolding> holdings = [];
        if (held.Count > 0)
        {
            holdings.Add(new OrganHolding("vehicles", "vehicles", held.Count));
        }
        if (active.Count > 0)
        {
            holdings.Add(new OrganHolding("vehicles", "drivers", active.Count));
        }
        return holdings;
    }
}
