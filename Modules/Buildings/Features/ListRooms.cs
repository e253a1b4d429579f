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

/// <summary>List rooms with filters and paging (Buildings_ListRooms): the route.</summary>
internal static class ListRooms
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/", Handle).WithName("Buildings_ListRooms")
            .WithSummary("List rooms with filters and paging (房间列表)")
            .WithDescription("Filters: buildingId, floorId, type, bookable, status. Sort fields: number, usableArea, capacity, createdAt.")
            .Produces<PagedResult<RoomResponse>>().Problems(400).StrictEnums<RoomListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<RoomResponse>>> Handle([AsParameters] RoomListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRoomsQuery(new RoomFilter(p.BuildingId, p.FloorId, p.Type, p.Bookable, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListRoomsQuery(RoomFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<RoomResponse>>;

internal sealed class ListRoomsValidator : AbstractValidator<ListRoomsQuery>
{
    public ListRoomsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListRoomsHandler(SpaceRepository space) : IRequestHandler<ListRoomsQuery, PagedResult<RoomResponse>>
{
    public async Task<PagedResult<RoomResponse>> Handle(ListRoomsQuery query, CancellationToken ct)
    {
        var (rows, total) = await space.ListRoomsAsync(query.Filter, query.Page, SpaceRepository.RoomSort.OrderBy(query.Sort), ct);
        return new PagedResult<RoomResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/rooms.</summary>
internal sealed record RoomListParameters
{
    [FromQuery(Name = "buildingId")] public Guid? BuildingId { get; init; }
    [FromQuery(Name = "floorId")] public Guid? FloorId { get; init; }
    [FromQuery(Name = "type")] public RoomType? Type { get; init; }
    [FromQuery(Name = "bookable")] public bool? Bookable { get; init; }
    [FromQuery(Name = "status")] public SpaceStatus? Status { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
