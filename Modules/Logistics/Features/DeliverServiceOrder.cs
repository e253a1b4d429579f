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
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Mark a conference service order delivered (Logistics_DeliverServiceOrder): the route.</summary>
internal static class DeliverServiceOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/deliver", Handle).WithName("Logistics_DeliverServiceOrder")
            .WithSummary("Mark a conference service order delivered (会务服务已提供)")
            .WithDescription("Requested → Delivered, with an optional note and the optional cost of the delivery in CNY (charged to the organ; counted in its logistics service costs of the delivery's year). A cancelled or already delivered order is 409 logistics.service-order-state. If-Match required.")
            .Produces<ServiceOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<ServiceOrderResponse>> Handle(Guid id, DeliverServiceOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DeliverServiceOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record DeliverServiceOrderCommand(Guid Id, IfMatch IfMatch, DeliverServiceOrderRequest Body) : ICommand<ServiceOrderResponse>;

internal sealed class DeliverServiceOrderValidator : AbstractValidator<DeliverServiceOrderCommand>
{
    public DeliverServiceOrderValidator()
    {
        RuleFor(c => c.Body.Note).MaximumLength(500);
        RuleFor(c => c.Body.Cost).Must(c => c is null || Yuan.IsValid(c.Value)).WithErrorCode(FieldErrors.OutOfRange.Code);
    }
}

internal sealed class DeliverServiceOrderHandler(ServiceOrderRepository orders, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DeliverServiceOrderCommand, ServiceOrderResponse>
{
    public async Task<ServiceOrderResponse> Handle(DeliverServiceOrderCommand command, CancellationToken ct)
    {
        var row = await orders.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.ServiceOrderNotFound);
        command.IfMatch.Against(row.Version);
        if (row.Status != ServiceOrderStatus.Requested)
        {
            throw new ProblemException(LogisticsErrors.ServiceOrderState, detail: row.Status.ToString());
        }
        var before = row.ToResponse();
        var expected = row.Version;
        row.Status = ServiceOrderStatus.Delivered;
        row.DeliveryNote = string.IsNullOrWhiteSpace(command.Body.Note) ? null : command.Body.Note.Trim();
        row.CostFen = command.Body.Cost is { } cost ? Yuan.ToFen(cost) : null;
        row.DeliveredAt = row.UpdatedAt = clock.UtcNow;
        row.Version = expected + 1;
        if (!await orders.UpdateStatusAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("ServiceOrder", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
