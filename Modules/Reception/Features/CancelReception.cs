using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Cancel a reception (Reception_CancelReception): the route.</summary>
internal static class CancelReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/cancel", Handle).WithName("Reception_CancelReception")
            .WithSummary("Cancel a reception, with the reason (取消公务接待)")
            .WithDescription("Draft, Submitted or Approved → Cancelled; an approved reception's reservation against the cap is freed. The letter stays bound to it (一函一事). A trip requested for it in Vehicles is cancelled while it is pending (Requested, Approved or Dispatched); a meeting room booked for it in Buildings is cancelled while the booking holds its slot (Pending or Approved), the reason as its note.")
            .Produces<ReceptionResponse>().Problems(400, 404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, ReceptionReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CancelReceptionCommand(id, body.Reason), ct), r => r.Version);
}

internal sealed record CancelReceptionCommand(Guid Id, string Reason) : ICommand<ReceptionResponse>;

internal sealed class CancelReceptionValidator : AbstractValidator<CancelReceptionCommand>
{
    public CancelReceptionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class CancelReceptionHandler(ReceptionWorkflow workflow, CapLedger caps, IMediator mediator) : IRequestHandler<CancelReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(CancelReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Cancelled, [ReceptionStatus.Draft, ReceptionStatus.Submitted, ReceptionStatus.Approved], ct);
        if (row.Status == ReceptionStatus.Approved)
        {
            await caps.ReleaseAsync(row, ct);
        }
        if (row.TripId is { } tripId)
        {
            await mediator.Send(new CancelVehicleTrip(tripId, command.Reason.Trim()), ct);
        }
        if (row.MeetingRoomBookingId is { } bookingId)
        {
            await mediator.Send(new CancelMeetingRoomBooking(bookingId, command.Reason.Trim()), ct);
        }
        return await workflow.MoveAsync(row, ReceptionStatus.Cancelled, command.Reason, ct);
    }
}
