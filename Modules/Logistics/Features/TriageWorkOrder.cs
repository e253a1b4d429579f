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

/// <summary>Triage a raised work order (受理) (Logistics_TriageWorkOrder): the route.</summary>
internal static class TriageWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/triage", Handle).WithName("Logistics_TriageWorkOrder")
            .WithSummary("Triage a raised work order (受理)")
            .WithDescription("Raised → Triaged (If-Match required; 412 when stale, 409 logistics.work-order-state from another status).")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new TriageWorkOrderCommand(id, ETags.RequireIfMatch(http), body?.Note), ct), o => o.Version);
}

internal sealed record TriageWorkOrderCommand(Guid Id, long ExpectedVersion, string? Note) : ICommand<WorkOrderResponse>;

internal sealed class TriageWorkOrderValidator : AbstractValidator<TriageWorkOrderCommand>
{
    public TriageWorkOrderValidator() => RuleFor(c => c.Note).MaximumLength(500);
}

internal sealed class TriageWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<TriageWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(TriageWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.Triaged, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Triaged, null, command.Note, (_, _) => { }, ct);
    }
}
