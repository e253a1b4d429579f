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

/// <summary>List rents, loans and uses by other units of rooms (Buildings_ListRoomUses): the route.</summary>
internal static class ListRoomUses
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder uses) =>
        uses.MapGet("/", Handle).WithName("Buildings_ListRoomUses")
            .WithSummary("List rents, loans and uses by other units of rooms (出租、出借及他用房间列表)")
            .WithDescription("Filters: organId, roomId. An ordinary organ sees its own. Sort fields: startsOn, createdAt (default -startsOn).")
            .Produces<PagedResult<RoomUseResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<RoomUseResponse>>> Handle([AsParameters] RoomUseListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRoomUsesQuery(new RoomUseFilter(p.OrganId, p.RoomId), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListRoomUsesQuery(RoomUseFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<RoomUseResponse>>;

internal sealed class ListRoomUsesValidator : AbstractValidator<ListRoomUsesQuery>
{
    public ListRoomUsesValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListRoomUsesHandler(RoomUseRepository uses) : IRequestHandler<ListRoomUsesQuery, PagedResult<RoomUseResponse>>
{
    public async Task<PagedResult<RoomUseResponse>> Handle(ListRoomUsesQuery query, CancellationToken ct)
    {
        var (rows, total) = await uses.ListAsync(query.Filter, query.Page, RoomUseRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<RoomUseResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/room-uses.</summary>
internal sealed record RoomUseListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
