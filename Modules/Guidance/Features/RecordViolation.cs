using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>How a violation ended, when the event is a closing.</summary>
internal sealed record ViolationClosing(DateOnly ClosedOn, ViolationCloseReason Reason, string? Note);

/// <summary>
/// Records one violation event in the read model, keyed by the violation id: a redelivery, the backfill and the event
/// of the same violation write one row; a closing that arrives before its opening inserts the row closed, and the late
/// opening then changes nothing — so the order of delivery never reopens a closed violation.
/// </summary>
internal sealed record RecordViolationCommand(Violation Violation, DateOnly OpenedOn, DateOnly? DueOn, ViolationClosing? Closing) : ICommand<Unit>;

internal sealed class RecordViolationHandler(ViolationRepository violations, BusinessClock clock) : IRequestHandler<RecordViolationCommand, Unit>
{
    public async Task<Unit> Handle(RecordViolationCommand command, CancellationToken ct)
    {
        if (command.Closing is { } closing)
        {
            await violations.RecordClosedAsync(command.Violation, command.OpenedOn, closing.ClosedOn, closing.Reason, closing.Note, clock.UtcNow, ct);
        }
        else
        {
            await violations.RecordOpenedAsync(command.Violation, command.OpenedOn, command.DueOn, clock.UtcNow, ct);
        }
        return Unit.Value;
    }
}
