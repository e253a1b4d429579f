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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>The requester reopens a resolved or closed work order (Logistics_ReopenWorkOrder): the route.</summary>
internal static class ReopenWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/reopen", Handle).WithName("Logistics_ReopenWorkOrder")
            .WithSummary("The requester reopens a resolved or closed work order within the reopen window (重开工单)")
            .WithDescription("Resolved or Closed → Assigned (to the same assignee); the rating is withdrawn. Only the requester (staffMemberId; 422 logistics.not-the-requester), and only up to the last day of the reopen window in force for the organ's division after the business date of the resolution (422 logistics.reopen-window-passed; no window in force allows no reopening). If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, ReopenWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReopenWorkOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record ReopenWorkOrderCommand(Guid Id, IfMatch IfMatch, ReopenWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrderCommand>
{
    public ReopenWorkOrderValidator()
    {
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class ReopenWorkOrderHandler(WorkOrderWorkflow workflow, RuleRepository rules, IMediator mediator) : IRequestHandler<ReopenWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(ReopenWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.Reopened, ct);
        await LogisticsReferences.RequesterAsync(mediator, row, command.Body.StaffMemberId, ct);
        var today = workflow.Today;
        var window = (await rules.InForceAsync(RuleKinds.ReopenWindow, row.DivisionCode, today, ct)).FirstOrDefault();
        if (window is null || !WorkOrderRules.WithinReopenWindow(workflow.DateOf(row.ResolvedAt!.Value), today, RuleJson.Read<ReopenWindowValue>(window.Value).Days))
        {
            throw new ProblemException(LogisticsErrors.ReopenWindowPassed);
        }
        return await workflow.MoveAsync(row, WorkOrderAction.Reopened, command.Body.StaffMemberId, command.Body.Reason, (r, _) =>
        {
            r.Rating = null;
            r.RatingComment = null;
            r.ClosedAt = null;
            r.ReopenCount++;
        }, ct);
    }
}
