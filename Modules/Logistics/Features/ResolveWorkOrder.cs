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

/// <summary>Record the work as done (完工) (Logistics_ResolveWorkOrder): the route.</summary>
internal static class ResolveWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/resolve", Handle).WithName("Logistics_ResolveWorkOrder")
            .WithSummary("Record the work as done (完工)")
            .WithDescription("OnSite → Resolved; the requester then confirms it with a rating, or reopens it within the reopen window. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ResolveWorkOrderCommand(id, ETags.RequireIfMatch(http), body?.Note), ct), o => o.Version);
}

internal sealed record ResolveWorkOrderCommand(Guid Id, long ExpectedVersion, string? Note) : ICommand<WorkOrderResponse>;

internal sealed class ResolveWorkOrderValidator : AbstractValidator<ResolveWorkOrderCommand>
{
    public ResolveWorkOrderValidator() => RuleFor(c => c.Note).MaximumLength(500);
}

internal sealed class ResolveWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<ResolveWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(ResolveWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.Resolved, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Resolved, null, command.Note, (r, now) => r.ResolvedAt = now, ct);
    }
}
