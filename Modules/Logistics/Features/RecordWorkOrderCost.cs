using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Record what a work order cost the organ (Logistics_RecordWorkOrderCost): the route.</summary>
internal static class RecordWorkOrderCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/cost", Handle).WithName("Logistics_RecordWorkOrderCost")
            .WithSummary("Record or correct what a resolved or closed work order cost the organ (维修费用)")
            .WithDescription("Sets the order's cost in CNY (parts, outside labour charged to the organ; 0.00 for none) once the work is resolved or closed (else 409 logistics.work-order-state): the amount is often known only from the provider's bill, after the requester's confirmation, so it is its own step and a later one corrects it. The status stays; the history records the amount and the note. The Costs module counts the costs of orders closed in a year. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, RecordWorkOrderCostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RecordWorkOrderCostCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record RecordWorkOrderCostCommand(Guid Id, IfMatch IfMatch, RecordWorkOrderCostRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class RecordWorkOrderCostValidator : AbstractValidator<RecordWorkOrderCostCommand>
{
    public RecordWorkOrderCostValidator()
    {
        RuleFor(c => c.Body.Cost).Must(Yuan.IsValid).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class RecordWorkOrderCostHandler(WorkOrderWorkflow workflow) : IRequestHandler<RecordWorkOrderCostCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(RecordWorkOrderCostCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.CostRecorded, ct);
        var costFen = Yuan.ToFen(command.Body.Cost);
        var amount = Yuan.FromFen(costFen).ToString("0.00", CultureInfo.InvariantCulture);
        var note = string.IsNullOrWhiteSpace(command.Body.Note) ? amount : $"{amount}: {command.Body.Note.Trim()}";
        return await workflow.MoveAsync(row, WorkOrderAction.CostRecorded, null, note, (r, _) => r.CostFen = costFen, ct);
    }
}
