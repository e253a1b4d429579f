using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Detach the monthly partitions before a month (Energy_DetachPartitions): the route.</summary>
internal static class DetachPartitions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder partitions) =>
        partitions.MapPost("/detach", Handle).WithName("Energy_DetachPartitions")
            .WithSummary("Detach the monthly partitions of readings and daily roll-ups before a month (分离历史分区)")
            .WithDescription("Retention on PostgreSQL (docs/adr/0049): every partition of a month before `before` is detached from energy_reading and " +
                             "energy_rollup_day in one transaction with its audit entry, and stays a table of its own to archive or drop; its " +
                             "readings no longer count in indicators, quotas or reports. `before` is the first day of a month (400 " +
                             "`energy.month-start-required`) no later than 1 January of the previous year: the current and the previous year, which " +
                             "year-over-year checks and the annual report read, always stay (422 `energy.retention-too-recent`). 422 " +
                             "`energy.partitions-unavailable` on SQLite and SQL Server. Detaching again answers an empty list. Admin scope, bureau only.")
            .Produces<DetachPartitionsResponse>().Idempotent().Problems(400, 403, 409, 413, 415, 422)
            .RequireScope(Scopes.Admin);

    private static async Task<IResult> Handle(DetachPartitionsRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DetachPartitionsCommand(body), ct));
}

internal sealed record DetachPartitionsCommand(DetachPartitionsRequest Body) : ICommand<DetachPartitionsResponse>;

internal sealed class DetachPartitionsValidator : AbstractValidator<DetachPartitionsCommand>
{
    public DetachPartitionsValidator() =>
        RuleFor(c => c.Body.Before).Must(d => d.Day == 1)
            .WithErrorCode(EnergyErrors.MonthStartRequired.Code).WithMessage(_ => EnergyErrors.MonthStartRequired.Title);
}

internal sealed class DetachPartitionsHandler(PartitionRepository partitions, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<DetachPartitionsCommand, DetachPartitionsResponse>
{
    public async Task<DetachPartitionsResponse> Handle(DetachPartitionsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        if (!partitions.Partitioned)
        {
            throw new ProblemException(EnergyErrors.PartitionsUnavailable);
        }
        var before = command.Body.Before;
        if (before > new DateOnly(clock.Today.Year - 1, 1, 1))
        {
            throw new ProblemException(EnergyErrors.RetentionTooRecent);
        }
        var detached = await partitions.DetachBeforeAsync(before, ct);
        var response = new DetachPartitionsResponse(before, detached);
        audit.Record("EnergyPartitionDetach", ids.NewId(), null, AuditTrail.Diff(null, response));
        return response;
    }
}
