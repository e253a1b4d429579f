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

/// <summary>List bookings with filters and paging (Buildings_ListBookings): the route.</summary>
internal static class ListBookings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapGet("/", Handle).WithName("Buildings_ListBookings")
            .WithSummary("List bookings with filters and paging (会议室预订列表)")
            .WithDescription("Filters: roomId, organId, status, from/to (bookings overlapping the window). An ordinary organ sees its own bookings only. Sort fields: startsAt, createdAt, title.")
            .Produces<PagedResult<BookingResponse>>().Problems(400).StrictEnums<BookingListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<BookingResponse>>> Handle([AsParameters] BookingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBookingsQuery(new BookingFilter(p.RoomId, p.OrganId, p.Status, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListBookingsQuery(BookingFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<BookingResponse>>;

internal sealed class ListBookingsValidator : AbstractValidator<ListBookingsQuery>
{
    public ListBookingsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200);
        RuleFor(q => q.Filter.To).GreaterThan(q => q.Filter.From).When(q => q.Filter.From is not null && q.Filter.To is not null).OverridePropertyName("to");
    }
}

/// <summary>Bookings the caller may see (an ordinary organ: its own), filtered by room, organ, status and a window they overlap.</summary>
internal sealed class ListBookingsHandler(BookingRepository bookings) : IRequestHandler<ListBookingsQuery, PagedResult<BookingResponse>>
{
    public async Task<PagedResult<BookingResponse>> Handle(ListBookingsQuery query, CancellationToken ct)
    {
        var filter = query.Filter;
        var (rows, total) = await bookings.ListAsync(filter, query.Page, BookingRepository.Sort.OrderBy(query.Sort), ct);
        var addOns = await bookings.AddOnsAsync(rows.Select(r => r.Id).ToList(), ct);
        return new PagedResult<BookingResponse>(rows.Select(r => r.ToResponse(addOns)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/bookings.</summary>
internal sealed record BookingListParameters
{
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public BookingStatus? Status { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
