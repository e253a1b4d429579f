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

/// <summary>The requester confirms a resolved work order (Logistics_ConfirmWorkOrder): the route.</summary>
internal static class ConfirmWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/confirm", Handle).WithName("Logistics_ConfirmWorkOrder")
            .WithSummary("The requester confirms the work (验收) with a 1–5 rating; the order closes")
            .WithDescription("Resolved → Closed. Only the requester who raised it (staffMemberId) confirms: another person is 422 logistics.not-the-requester. The rating counts toward the provider's satisfaction. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, ConfirmWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ConfirmWorkOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record ConfirmWorkOrderCommand(Guid Id, IfMatch IfMatch, ConfirmWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class ConfirmWorkOrderValidator : AbstractValidator<ConfirmWorkOrderCommand>
{
    public ConfirmWorkOrderValidator()
    {
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.Rating).InclusiveBetween(1, 5);
        RuleFor(c => c.Body.Comment).MaximumLength(500);
    }
}

internal sealed class ConfirmWorkOrderHandler(WorkOrderWorkflow workflow, IMediator mediator) : IRequestHandler<ConfirmWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(ConfirmWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.Confirmed, ct);
        await LogisticsReferences.RequesterAsync(mediator, row, command.Body.StaffMemberId, ct);
        var comment = string.IsNullOrWhiteSpace(command.Body.Comment) ? null : command.Body.Comment.Trim();
        return await workflow.MoveAsync(row, WorkOrderAction.Confirmed, command.Body.StaffMemberId, comment, (r, now) =>
        {
            r.Rating = command.Body.Rating;
            r.RatingComment = comment;
            r.ClosedAt = now;
        }, ct);
    }
}
