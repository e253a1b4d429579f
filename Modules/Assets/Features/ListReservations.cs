using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>List reservations (Assets_ListReservations): the route.</summary>
internal static class ListReservations
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reservations) =>
        reservations.MapGet("/", Handle).WithName("Assets_ListReservations")
            .WithSummary("List reservations with filters and paging (资产预约列表)")
            .WithDescription("Filters: assetId, organId, status, from and to (UTC instants; reservations overlapping [from, to)). Sort fields: startsAt, createdAt. An ordinary organ sees its own reservations.")
            .Produces<PagedResult<ReservationResponse>>().Problems(400).StrictEnums<ReservationListParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<PagedResult<ReservationResponse>>> Handle([AsParameters] ReservationListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReservationsQuery(
            new ReservationFilter(p.AssetId, p.OrganId, p.Status, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListReservationsQuery(ReservationFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<ReservationResponse>>;

internal sealed class ListReservationsValidator : AbstractValidator<ListReservationsQuery>
{
    public ListReservationsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

/// <summary>An ordinary organ lists only its own reservations.</summary>
internal sealed class ListReservationsHandler(ReservationRepository reservations) : IRequestHandler<ListReservationsQuery, PagedResult<ReservationResponse>>
{
    public async Task<PagedResult<ReservationResponse>> Handle(ListReservationsQuery query, CancellationToken ct)
    {
        var (rows, total) = await reservations.ListAsync(query.Filter, query.Page, ReservationRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<ReservationResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/assets/reservations.</summary>
internal sealed record ReservationListParameters
{
    [FromQuery(Name = "assetId")] public Guid? AssetId { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public ReservationStatus? Status { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
