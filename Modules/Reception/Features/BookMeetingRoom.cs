using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Book a meeting room for a reception (Reception_BookMeetingRoom): the route.</summary>
internal static class BookMeetingRoom
{
    /// <summary>The booking's title: the reception's, marked as a reception, within Buildings' 200 characters.</summary>
    internal static string TitleOf(string receptionTitle)
    {
        var title = $"公务接待：{receptionTitle}";
        return title.Length <= 200 ? title : title[..200];
    }

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/meeting-room", Handle).WithName("Reception_BookMeetingRoom")
            .WithSummary("Book a meeting room for an approved reception (接待预订会议室): a Buildings booking")
            .WithDescription("Approved receptions only (approve first). Books the room in Buildings for the hosting organ (title: the reception's title), in the same transaction, and records the booking's id as `meetingRoomBookingId`. The booking is checked exactly as Buildings_CreateBooking checks it — the same field errors, the room's capacity (422), a window overlapping a pending or approved booking (409 `buildings.double-booked` with `conflicts`, and nothing is written in Reception either), Pending for a room that requires approval, add-ons passed on to the logistics service. Its start must be within the reception's dates (400 reception.meeting-room-outside-dates). One booking per reception (409 reception.meeting-room-booked). Cancelling the reception cancels the booking while it holds its slot.")
            .Produces<ReceptionResponse>().Problems(400, 404, 409, 422)
            .ProblemExtension<IReadOnlyList<BookingConflict>>(StatusCodes.Status409Conflict, "conflicts", "BookingConflictsProblem",
                // The schema Buildings_CreateBooking declares, with its words (one schema, whichever operation the document meets first).
                "A problem; with code buildings.double-booked it carries `conflicts`: each requested window (each occurrence, for a series) with the booking in its way, and that booking's id only when the caller may see it.")
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, ReceptionMeetingRoomRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new BookMeetingRoomCommand(id, body), ct), r => r.Version);
}

internal sealed record BookMeetingRoomCommand(Guid Id, ReceptionMeetingRoomRequest Body) : ICommand<ReceptionResponse>;

internal sealed class BookMeetingRoomHandler(ReceptionWorkflow workflow, BusinessClock clock, IMediator mediator)
    : IRequestHandler<BookMeetingRoomCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(BookMeetingRoomCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Approved, [ReceptionStatus.Approved], ct);
        if (row.MeetingRoomBookingId is not null)
        {
            throw new ProblemException(ReceptionErrors.MeetingRoomBooked);
        }
        var b = command.Body;
        var day = clock.DateOf(b.StartsAt);
        if (day < row.StartsOn || day > row.EndsOn)
        {
            throw new ProblemException(ReceptionErrors.MeetingRoomOutsideDates, detail: $"{day:yyyy-MM-dd} ∉ {row.StartsOn:yyyy-MM-dd}…{row.EndsOn:yyyy-MM-dd}");
        }
        var booking = await mediator.Send(new Contracts.Buildings.BookMeetingRoom(new CreateBookingRequest(
            b.RoomId, row.OrganId, BookMeetingRoom.TitleOf(row.Title), b.StartsAt, b.EndsAt, b.Attendees, b.AddOns)), ct);

        return await workflow.ChangeAsync(row, r => r.MeetingRoomBookingId = booking.Id, ct);
    }
}
