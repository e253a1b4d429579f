using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Get a conference service order (Logistics_GetServiceOrder): the route.</summary>
internal static class GetServiceOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/{id:guid}", Handle).WithName("Logistics_GetServiceOrder")
            .WithSummary("Get a conference service order, with its ETag (会务服务单详情)")
            .WithDescription("Another organ's service order answers 404 like a missing one.")
            .Produces<ServiceOrderResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<ServiceOrderResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetServiceOrderQuery(id), ct), o => o.Version);
}

internal sealed record GetServiceOrderQuery(Guid Id) : IQuery<ServiceOrderResponse>;

internal sealed class GetServiceOrderHandler(ServiceOrderRepository orders) : IRequestHandler<GetServiceOrderQuery, ServiceOrderResponse>
{
    public async Task<ServiceOrderResponse> Handle(GetServiceOrderQuery query, CancellationToken ct) =>
        (await orders.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.ServiceOrderNotFound)).ToResponse();
}
