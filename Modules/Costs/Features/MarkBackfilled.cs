using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Costs.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Records that a source's history was backfilled, so a restart does not page through it again (sent by <c>CostsBackfill</c>).</summary>
internal sealed record MarkBackfilledCommand(string Source) : ICommand<Unit>;

internal sealed class MarkBackfilledHandler(LedgerRepository ledger, BusinessClock clock) : IRequestHandler<MarkBackfilledCommand, Unit>
{
    public async Task<Unit> Handle(MarkBackfilledCommand command, CancellationToken ct)
    {
        await ledger.MarkBackfilledAsync(command.Source, clock.UtcNow, ct);
        return Unit.Value;
    }
}
