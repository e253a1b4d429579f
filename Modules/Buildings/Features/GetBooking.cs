using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Get a booking (Buildings_GetBooking): the route.</summary>
internal static class GetBooking
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapGet("/{id:guid}", Handle).WithName("Buildings_GetBooking")
            .WithSummary("Get a booking (会议室预订详情)")
            .WithDescription("Another organ's booking answers 404 like a missing one.")
            .Produces<BookingResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<BookingResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetBookingQuery(id), ct), b => b.Version);
}

internal sealed record GetBookingQuery(Guid Id) : IQuery<BookingResponse>;

/// <summary>Another organ's booking answers 404 like a missing one.</summary>
internal sealed class GetBookingHandler(BookingRepository bookings) : IRequestHandler<GetBookingQuery, BookingResponse>
{
    public async Task<BookingResponse> Handle(GetBookingQuery query, CancellationToken ct)
    {
        var row = await bookings.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.BookingNotFound);
        return row.ToResponse(await bookings.AddOnsAsync([row.Id], ct));
    }
}
