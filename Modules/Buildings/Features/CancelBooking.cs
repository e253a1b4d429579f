using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Cancel a booking; its slot is freed (Buildings_CancelBooking): the route.</summary>
internal static class CancelBooking
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapPost("/{id:guid}/cancel", Handle).WithName("Buildings_CancelBooking")
            .WithSummary("Cancel a booking; its slot is freed (取消会议室预订)")
            .WithDescription("By the booking's organ or the bureau. A cancelled or rejected booking cannot be cancelled (409).")
            .Produces<BookingResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<BookingResponse>> Handle(Guid id, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ChangeBookingStatusCommand(id, BookingAction.Cancel, body), ct), b => b.Version);
}
