using OrganAffairs.Contracts.Violations;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// The daily sweep of service levels (L3): an order not on site by its response deadline, or not resolved by its resolution
/// deadline, is breached now even if nobody touched it; the breach is recorded on the order and opens the violation once.
/// </summary>
internal sealed class SlaBreachSweep(WorkOrderRepository orders, ServiceLevels levels, BusinessClock clock) : IViolationSweep
{
    public Duty Duty => Duty.Logistics;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        var now = clock.UtcNow;
        foreach (var row in await orders.OverdueAsync(now, ct))
        {
            var expected = row.Version;
            var respond = row.RespondDueAt is { } respondBy && row.OnSiteAt is null && !row.RespondBreached && respondBy < now;
            var resolve = row.ResolveDueAt is { } resolveBy && row.ResolvedAt is null && !row.ResolveBreached && resolveBy < now;
            if (respond)
            {
                await levels.BreachAsync(row, respond: true, ct);
            }
            if (resolve)
            {
                await levels.BreachAsync(row, respond: false, ct);
            }
            row.Version = expected + 1;
            row.UpdatedAt = now;
            await orders.UpdateAsync(row, expected, ct);
        }
    }
}
