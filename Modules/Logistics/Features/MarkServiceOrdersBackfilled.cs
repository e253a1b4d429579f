using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Records that a source's history was backfilled, so a restart does not page through it again (sent by <c>ServiceOrderBackfill</c>).</summary>
internal sealed record MarkServiceOrdersBackfilledCommand(string Source) : ICommand<Unit>;

internal sealed class MarkServiceOrdersBackfilledHandler(ServiceOrderRepository orders, BusinessClock clock) : IRequestHandler<MarkServiceOrdersBackfilledCommand, Unit>
{
    public async Task<Unit> Handle(MarkServiceOrdersBackfilledCommand command, CancellationToken ct)
    {
        await orders.MarkBackfilledAsync(command.Source, clock.UtcNow, ct);
        return Unit.Value;
    }
}
