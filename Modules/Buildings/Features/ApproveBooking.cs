using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Approve a pending booking (Buildings_ApproveBooking): the route.</summary>
internal static class ApproveBooking
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder bookings) =>
        bookings.MapPost("/{id:guid}/approve", Handle).WithName("Buildings_ApproveBooking")
            .WithSummary("Approve a pending booking (批准会议室预订)")
            .WithDescription("The bureau's work (403 for other organs); only a Pending booking (409).")
            .Produces<BookingResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<BookingResponse>> Handle(Guid id, BookingActionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ChangeBookingStatusCommand(id, BookingAction.Approve, body), ct), b => b.Version);
}
