using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>List allocations with filters and paging (Buildings_ListAllocations): the route.</summary>
internal static class ListAllocations
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder allocations) =>
        allocations.MapGet("/", Handle).WithName("Buildings_ListAllocations")
            .WithSummary("List allocations with filters and paging (办公用房配置列表)")
            .WithDescription("Filters: organId, roomId, status. An ordinary organ sees its own. Sort fields: effectiveFrom, createdAt (default -effectiveFrom).")
            .Produces<PagedResult<AllocationResponse>>().Problems(400).StrictEnums<AllocationListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<AllocationResponse>>> Handle([AsParameters] AllocationListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAllocationsQuery(new AllocationFilter(p.OrganId, p.RoomId, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListAllocationsQuery(AllocationFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<AllocationResponse>>;

internal sealed class ListAllocationsValidator : AbstractValidator<ListAllocationsQuery>
{
    public ListAllocationsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListAllocationsHandler(AllocationRepository allocations) : IRequestHandler<ListAllocationsQuery, PagedResult<AllocationResponse>>
{
    public async Task<PagedResult<AllocationResponse>> Handle(ListAllocationsQuery query, CancellationToken ct)
    {
        var (rows, total) = await allocations.ListAsync(query.Filter, query.Page, AllocationRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<AllocationResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/allocations.</summary>
internal sealed record AllocationListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "status")] public HoldingStatus? Status { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
