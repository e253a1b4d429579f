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

/// <summary>Assign a work order (Logistics_AssignWorkOrder): the route.</summary>
internal static class AssignWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/assign", Handle).WithName("Logistics_AssignWorkOrder")
            .WithSummary("Assign a work order to a team or provider (派单)")
            .WithDescription("Triaged → Assigned, or reassign an Assigned order. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, AssignWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AssignWorkOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record AssignWorkOrderCommand(Guid Id, IfMatch IfMatch, AssignWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class AssignWorkOrderValidator : AbstractValidator<AssignWorkOrderCommand>
{
    public AssignWorkOrderValidator()
    {
        RuleFor(c => c.Body.Assignee).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class AssignWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<AssignWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(AssignWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.Assigned, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Assigned, null, command.Body.Note, (r, _) => r.Assignee = command.Body.Assignee.Trim(), ct);
    }
}
