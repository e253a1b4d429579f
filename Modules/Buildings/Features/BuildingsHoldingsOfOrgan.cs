using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>
/// Buildings' part in dissolving an organ: its active allocations. 划转 hands each to the successor
/// (the rooms and the offices in them stay as they are); 收回 releases each as the bureau's release
/// does, vacating the offices in the room.
/// </summary>
internal sealed class BuildingsHoldingsOfOrganHandler(AllocationRepository allocations, AuditTrail audit, BusinessClock clock, IMediator mediator)
    : IRequestHandler<BuildingsHoldingsOfOrgan, IReadOnlyList<OrganHolding>>
{
    public async Task<IReadOnlyList<OrganHolding>> Handle(BuildingsHoldingsOfOrgan request, CancellationToken ct)
    {
        var active = await allocations.ActiveOfOrganAsync(request.OrganId, ct);
        if (request.Settlement is { } settlement)
        {
            foreach (var row in active)
            {
                if (settlement.SuccessorOrganId is { } successor)
                {
                    var before = row.ToResponse();
                    var expected = row.Version;
                    row.OrganId = successor;
                    row.Version = expected + 1;
                    row.UpdatedAt = clock.UtcNow;
                    if (!await allocations.HandOverAsync(row, expected, ct))
                    {
                        throw new ProblemException(SharedErrors.ConcurrentChange);
                    }
                    audit.Record("Allocation", row.Id, successor, AuditTrail.Diff(before, row.ToResponse()));
                }
                else
                {
                    await mediator.Send(new ReleaseAllocationCommand(row.Id, new ReleaseRequest(settlement.On, settlement.Reason)), ct);
                }
            }
        }
        return active.Count == 0 ? [] : [new OrganHolding("buildings", "allocations", active.Count)];
    }
}
