using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Resume a work order on hold (Logistics_ResumeWorkOrder): the route.</summary>
internal static class ResumeWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/resume", Handle).WithName("Logistics_ResumeWorkOrder")
            .WithSummary("Resume a work order on hold")
            .WithDescription("OnHold → the status it was held from; the hold's time does not count against the service level. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ResumeWorkOrderCommand(id, ETags.RequireIfMatch(http), body?.Note), ct), o => o.Version);
}

internal sealed record ResumeWorkOrderCommand(Guid Id, long ExpectedVersion, string? Note) : ICommand<WorkOrderResponse>;

internal sealed class ResumeWorkOrderValidator : AbstractValidator<ResumeWorkOrderCommand>
{
    public ResumeWorkOrderValidator() => RuleFor(c => c.Note).MaximumLength(500);
}

internal sealed class ResumeWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<ResumeWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(ResumeWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.Resumed, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Resumed, null, command.Note, (r, _) => { r.HeldFrom = null; r.HoldReason = null; }, ct);
    }
}
