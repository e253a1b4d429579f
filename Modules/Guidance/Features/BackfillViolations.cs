using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Loads one source module's open violations into the dashboard, once (null when it was loaded before).</summary>
internal sealed record BackfillViolationsCommand(string Source) : ICommand<int?>;

internal sealed class BackfillViolationsHandler(IMediator mediator, ViolationRepository violations, BusinessClock clock) : IRequestHandler<BackfillViolationsCommand, int?>
{
    public async Task<int?> Handle(BackfillViolationsCommand command, CancellationToken ct)
    {
        if (await violations.BackfilledAsync(command.Source, ct))
        {
            return null;
        }
        var query = ViolationSources.All[command.Source];
        var now = clock.UtcNow;
        var loaded = 0;
        Guid? after = null;
        do
        {
            var page = await mediator.Send(query(after, ListOpenViolations.MaxPageSize), ct);
            loaded += await violations.RecordOpenedAsync(page.Items, now, ct);
            after = page.NextAfter;
        }
        while (after is not null);
        await violations.MarkBackfilledAsync(command.Source, loaded, now, ct);
        return loaded;
    }
}
