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

/// <summary>Record arrival on site (到场) (Logistics_ArriveWorkOrder): the route.</summary>
internal static class ArriveWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/arrive", Handle).WithName("Logistics_ArriveWorkOrder")
            .WithSummary("Record arrival on site (到场)")
            .WithDescription("Assigned → OnSite; the first arrival is the response time of the service level. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderStepRequest? body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ArriveWorkOrderCommand(id, ETags.RequireIfMatch(http), body?.Note), ct), o => o.Version);
}

internal sealed record ArriveWorkOrderCommand(Guid Id, long ExpectedVersion, string? Note) : ICommand<WorkOrderResponse>;

internal sealed class ArriveWorkOrderValidator : AbstractValidator<ArriveWorkOrderCommand>
{
    public ArriveWorkOrderValidator() => RuleFor(c => c.Note).MaximumLength(500);
}

internal sealed class ArriveWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<ArriveWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(ArriveWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.ArrivedOnSite, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.ArrivedOnSite, null, command.Note, (r, now) => r.OnSiteAt ??= now, ct);
    }
}
