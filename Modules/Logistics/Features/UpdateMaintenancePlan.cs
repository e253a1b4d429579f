using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Edit a preventive maintenance plan (Logistics_UpdateMaintenancePlan): the route.</summary>
internal static class UpdateMaintenancePlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPut("/{id:guid}", Handle).WithName("Logistics_UpdateMaintenancePlan")
            .WithSummary("Edit a preventive maintenance plan's title, schedule and checklist (If-Match required; 修改预防性维护计划)")
            .WithDescription("The target, item, priority and requester do not change (retire the plan and make another). A changed schedule counts from the edit: occurrences of the new schedule before it are not owed, and those already generated stay. A retired plan is 409 logistics.maintenance-plan-retired. Audited old → new.")
            .Produces<MaintenancePlanResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<MaintenancePlanResponse>> Handle(Guid id, UpdateMaintenancePlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateMaintenancePlanCommand(id, ETags.RequireIfMatch(http), body), ct), p => p.Version);
}

internal sealed record UpdateMaintenancePlanCommand(Guid Id, IfMatch IfMatch, UpdateMaintenancePlanRequest Body) : ICommand<MaintenancePlanResponse>;

internal sealed class UpdateMaintenancePlanValidator : AbstractValidator<UpdateMaintenancePlanCommand>
{
    public UpdateMaintenancePlanValidator()
    {
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Schedule).NotEmpty().Must(MaintenanceSchedule.IsValid).WithErrorCode(FieldErrors.InvalidFormat.Code);
        RuleFor(c => c.Body.Checklist).NotEmpty().MaxItems(50).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleForEach(c => c.Body.Checklist).NotEmpty().MaximumLength(200);
    }
}

internal sealed class UpdateMaintenancePlanHandler(MaintenanceRepository plans, AuditTrail audit, BusinessClock clock) : IRequestHandler<UpdateMaintenancePlanCommand, MaintenancePlanResponse>
{
    public async Task<MaintenancePlanResponse> Handle(UpdateMaintenancePlanCommand command, CancellationToken ct)
    {
        var row = await plans.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.MaintenancePlanNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.RetiredAt is not null)
        {
            throw new ProblemException(LogisticsErrors.MaintenancePlanRetired);
        }
        var before = row.ToResponse(clock);
        var b = command.Body;
        var now = clock.UtcNow;
        var schedule = b.Schedule.Trim();
        if (schedule != row.Schedule)
        {
            row.ScheduleFrom = now;
        }
        row.Title = b.Title.Trim();
        row.Schedule = schedule;
        row.Checklist = string.Join('\n', b.Checklist.Select(i => i.Trim()));
        row.Version = expected + 1;
        row.UpdatedAt = now;
        if (!await plans.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse(clock);
        audit.Record("MaintenancePlan", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
