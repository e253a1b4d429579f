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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Create a preventive maintenance plan (Logistics_CreateMaintenancePlan): the route.</summary>
internal static class CreateMaintenancePlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/", Handle).WithName("Logistics_CreateMaintenancePlan")
            .WithSummary("Create a preventive maintenance plan (预防性维护计划) for a building, floor, room or asset with a cron schedule")
            .WithDescription("The schedule is a 5-field cron expression read in the business time zone (400 field.invalid-format otherwise); occurrences after the plan's creation raise one work order each when the generator runs. The organ, requester, room and catalogue item are checked as for a work order (L1: 422 logistics.not-in-catalogue). `target` names what is maintained — a building, a floor (with its building), a room or an asset of the organ — through the Buildings and Assets queries (422 logistics.plan-target-not-found); the orders are raised for `roomId` (a room of the target, 422 logistics.room-outside-target otherwise; default the first active room of a building or floor by number, an asset's recorded room). Without `target` the plan is for the room `roomId`. Accepts Idempotency-Key.")
            .Produces<MaintenancePlanResponse>(StatusCodes.Status201Created).CreateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<MaintenancePlanResponse>> Handle(CreateMaintenancePlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var plan = await mediator.Send(new CreateMaintenancePlanCommand(body), ct);
        return ETags.Created(http, $"{LogisticsEndpoints.Root}/maintenance-plans/{plan.Id}", plan, p => p.Version);
    }
}

internal sealed record CreateMaintenancePlanCommand(CreateMaintenancePlanRequest Body) : ICommand<MaintenancePlanResponse>;

internal sealed class CreateMaintenancePlanValidator : AbstractValidator<CreateMaintenancePlanCommand>
{
    public CreateMaintenancePlanValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.RequesterStaffMemberId).NotEmpty();
        RuleFor(c => c.Body.RoomId).NotEmpty().When(c => c.Body.Target is null || c.Body.RoomId is not null);
        RuleFor(c => c.Body.Target!.Kind).IsInEnum().When(c => c.Body.Target is not null).OverridePropertyName("target.kind");
        RuleFor(c => c.Body.Target!.Id).NotEmpty().When(c => c.Body.Target is not null).OverridePropertyName("target.id");
        RuleFor(c => c.Body.Target!.BuildingId).NotEmpty().When(c => c.Body.Target is { Kind: PlanTargetKind.Floor }).OverridePropertyName("target.buildingId");
        RuleFor(c => c.Body.ServiceItem).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Schedule).NotEmpty().Must(MaintenanceSchedule.IsValid).WithErrorCode(Shared.Errors.FieldErrors.InvalidFormat.Code);
        RuleFor(c => c.Body.Checklist).NotEmpty().MaxItems(50).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code);
        RuleForEach(c => c.Body.Checklist).NotEmpty().MaximumLength(200);
    }
}

internal sealed class CreateMaintenancePlanHandler(
    MaintenanceRepository plans, ServiceLevels levels, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock, OrganScope scope)
    : IRequestHandler<CreateMaintenancePlanCommand, MaintenancePlanResponse>
{
    public async Task<MaintenancePlanResponse> Handle(CreateMaintenancePlanCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var organ = await LogisticsReferences.OrganAsync(mediator, body.OrganId, ct);
        await LogisticsReferences.StaffAsync(mediator, body.RequesterStaffMemberId, organ.Id, "requesterStaffMemberId", ct);
        var target = await PlanTargets.ResolveAsync(mediator, body.Target, body.RoomId, organ.Id, scope.SeesAll, ct);
        await levels.ItemAsync(body.ServiceItem, organ.DivisionCode, clock.Today, ct);
        var row = new MaintenancePlanRow
        {
            Id = ids.NewId(), OrganId = organ.Id, RequesterStaffMemberId = body.RequesterStaffMemberId, RoomId = target.RoomId, ServiceItem = body.ServiceItem,
            Priority = body.Priority, Title = body.Title.Trim(), Schedule = body.Schedule.Trim(), Checklist = string.Join('\n', body.Checklist.Select(i => i.Trim())),
            CreatedAt = clock.UtcNow, TargetKind = target.Kind, TargetId = target.Id, BuildingId = target.BuildingId, AssetId = target.AssetId, Version = 1,
        };
        await plans.InsertAsync(row, ct);
        var response = row.ToResponse(clock);
        audit.Record("MaintenancePlan", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
