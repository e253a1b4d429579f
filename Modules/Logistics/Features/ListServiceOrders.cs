using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>List conference service orders (Logistics_ListServiceOrders): the route.</summary>
internal static class ListServiceOrders
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapGet("/", Handle).WithName("Logistics_ListServiceOrders")
            .WithSummary("List conference service orders from booking add-ons, with filters and paging (会务服务单列表)")
            .WithDescription("Filters: organId, bookingId, kind, status, dueFrom (inclusive) and dueTo (exclusive) on the due time (the meeting's start). An ordinary organ sees its own. Sort fields: dueAt, createdAt; default dueAt.")
            .Produces<PagedResult<ServiceOrderResponse>>().Problems(400).StrictEnums<ServiceOrderListParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<ServiceOrderResponse>>> Handle([AsParameters] ServiceOrderListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListServiceOrdersQuery(
            new ServiceOrderFilter(p.OrganId, p.BookingId, p.Kind, p.Status, p.DueFrom, p.DueTo), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/service-orders.</summary>
internal sealed record ServiceOrderListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "bookingId")] public Guid? BookingId { get; init; }
    [FromQuery(Name = "kind")] public AddOnKind? Kind { get; init; }
    [FromQuery(Name = "status")] public ServiceOrderStatus? Status { get; init; }
    [FromQuery(Name = "dueFrom")] public DateTimeOffset? DueFrom { get; init; }
    [FromQuery(Name = "dueTo")] public DateTimeOffset? DueTo { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListServiceOrdersQuery(ServiceOrderFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<ServiceOrderResponse>>;

internal sealed class ListServiceOrdersValidator : AbstractValidator<ListServiceOrdersQuery>
{
    public ListServiceOrdersValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200);
        RuleFor(q => q.Filter.DueTo).GreaterThan(q => q.Filter.DueFrom).When(q => q.Filter.DueFrom is not null && q.Filter.DueTo is not null);
    }
}

internal sealed class ListServiceOrdersHandler(ServiceOrderRepository orders) : IRequestHandler<ListServiceOrdersQuery, PagedResult<ServiceOrderResponse>>
{
    public async Task<PagedResult<ServiceOrderResponse>> Handle(ListServiceOrdersQuery query, CancellationToken ct)
    {
        var (rows, total) = await orders.ListAsync(query.Filter, query.Page, ServiceOrderRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<ServiceOrderResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
