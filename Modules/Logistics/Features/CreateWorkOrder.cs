using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Raise a work order (Logistics_CreateWorkOrder): the route.</summary>
internal static class CreateWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/", Handle).WithName("Logistics_CreateWorkOrder")
            .WithSummary("Raise a work order (报修 / 服务工单) for a room or an asset")
            .WithDescription("Any organ raises and follows its own work orders: the requester (requesterStaffMemberId) is an active staff member of the organ, the room an active room of the bureau's buildings (400 on the field otherwise). An asset (assetId, Assets) may be the subject: it must be visible to the caller and not disposed (400 logistics.asset-ref-not-found) and held by the organ (422 logistics.asset-not-of-organ; an asset in stock only for the bureau); roomId may then be left out for the asset's recorded room (400 logistics.room-required when it has none). The service item must be in the catalogue in force for the organ's division today (L1: 422 logistics.not-in-catalogue); it gives the category. The service-level policy in force for the division, category and priority (L3) sets the response and resolution deadlines — in working time a year without a declared calendar is 409 calendar.year-not-declared. The order starts Raised; its history records who raised it. Accepts Idempotency-Key.")
            .Produces<WorkOrderResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<WorkOrderResponse>> Handle(CreateWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var order = await mediator.Send(new CreateWorkOrderCommand(body), ct);
        return ETags.Created(http, $"{LogisticsEndpoints.Root}/work-orders/{order.Id}", order, o => o.Version);
    }
}

internal sealed record CreateWorkOrderCommand(CreateWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class CreateWorkOrderValidator : AbstractValidator<CreateWorkOrderCommand>
{
    public CreateWorkOrderValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.RequesterStaffMemberId).NotEmpty();
        RuleFor(c => c.Body.RoomId).NotEmpty().When(c => c.Body.AssetId is null || c.Body.RoomId is not null);
        RuleFor(c => c.Body.ServiceItem).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Description).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class CreateWorkOrderHandler(WorkOrderRaiser raiser, IdGenerator ids) : IRequestHandler<CreateWorkOrderCommand, WorkOrderResponse>
{
    public Task<WorkOrderResponse> Handle(CreateWorkOrderCommand command, CancellationToken ct) => raiser.RaiseAsync(ids.NewId(), command.Body, ct);
}
