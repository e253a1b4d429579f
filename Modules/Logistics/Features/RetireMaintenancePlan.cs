using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Retire a preventive maintenance plan (Logistics_RetireMaintenancePlan): the route.</summary>
internal static class RetireMaintenancePlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{id:guid}/retire", Handle).WithName("Logistics_RetireMaintenancePlan")
            .WithSummary("Retire a preventive maintenance plan: it generates nothing more (If-Match required; 停用预防性维护计划)")
            .WithDescription("The generator skips a retired plan from then on, occurrences not generated yet included; the work orders it already raised stay as they are. A second retirement is 409 logistics.maintenance-plan-retired. The reason is kept; audited.")
            .Produces<MaintenancePlanResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<MaintenancePlanResponse>> Handle(Guid id, RetireMaintenancePlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireMaintenancePlanCommand(id, ETags.RequireIfMatch(http), body), ct), p => p.Version);
}

internal sealed record RetireMaintenancePlanCommand(Guid Id, IfMatch IfMatch, RetireMaintenancePlanRequest Body) : ICommand<MaintenancePlanResponse>;

internal sealed class RetireMaintenancePlanValidator : AbstractValidator<RetireMaintenancePlanCommand>
{
    public RetireMaintenancePlanValidator() => RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class RetireMaintenancePlanHandler(MaintenanceRepository plans, AuditTrail audit, BusinessClock clock) : IRequestHandler<RetireMaintenancePlanCommand, MaintenancePlanResponse>
{
    public async Task<MaintenancePlanResponse> Handle(RetireMaintenancePlanCommand command, CancellationToken ct)
    {
        var row = await plans.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.MaintenancePlanNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.RetiredAt is not null)
        {
            throw new ProblemException(LogisticsErrors.MaintenancePlanRetired);
        }
        var before = row.ToResponse(clock);
        var now = clock.UtcNow;
        row.RetiredAt = now;
        row.RetiredReason = command.Body.Reason.Trim();
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
