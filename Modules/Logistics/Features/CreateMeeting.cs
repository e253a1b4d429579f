using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Register a meeting and book its room (Logistics_CreateMeeting): the route.</summary>
internal static class CreateMeeting
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/", Handle).WithName("Logistics_CreateMeeting")
            .WithSummary("Register a meeting and book its room (会议登记): class, attendees, days, budget checked against the meeting-class caps")
            .WithDescription("Before anything is written, the meeting is checked against the meeting-class rule in force for the organ's division on the business date of StartsAt (GET /api/v1/logistics/rules/meeting-classes; seeded from 财行〔2016〕214号): attendees at most the class's cap (422 logistics.meeting-over-attendee-cap) and budget at most attendees × days × the all-in daily cap per person (422 logistics.meeting-over-budget-cap); each problem names the rule version and its source. Then the room is booked in Buildings in the same transaction, exactly as Buildings_CreateBooking books it (the same field errors, capacity 422, 409 `buildings.double-booked` with `conflicts` — and then nothing is written here either; Pending for a room that requires approval; add-ons passed on to the meeting services). Accepts Idempotency-Key.")
            .Produces<MeetingResponse>(StatusCodes.Status201Created).CreateProblems()
            // The schema Buildings_CreateBooking declares, with its words (one schema, whichever operation the document meets first).
            .ProblemExtension<IReadOnlyList<BookingConflict>>(StatusCodes.Status409Conflict, "conflicts", "BookingConflictsProblem",
                "A problem; with code buildings.double-booked it carries `conflicts`: each requested window (each occurrence, for a series) with the booking in its way, and that booking's id only when the caller may see it.")
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<MeetingResponse>> Handle(CreateMeetingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var meeting = await mediator.Send(new CreateMeetingCommand(body), ct);
        return ETags.Created(http, $"{LogisticsEndpoints.Root}/meetings/{meeting.Id}", meeting, m => m.Version);
    }
}

internal sealed record CreateMeetingCommand(CreateMeetingRequest Body) : ICommand<MeetingResponse>;

internal sealed class CreateMeetingValidator : AbstractValidator<CreateMeetingCommand>
{
    public CreateMeetingValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Class).IsInEnum();
        RuleFor(c => c.Body.Attendees).InclusiveBetween(1, 10_000);
        RuleFor(c => c.Body.Days).InclusiveBetween(1, 30);
        RuleFor(c => c.Body.Budget).Must(Yuan.IsValid).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.RoomId).NotEmpty();
        RuleFor(c => c.Body.StartsAt).NotEmpty();
    }
}

internal sealed class CreateMeetingHandler(MeetingRepository meetings, MeetingClassCheck classes, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateMeetingCommand, MeetingResponse>
{
    public async Task<MeetingResponse> Handle(CreateMeetingCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await LogisticsReferences.OrganAsync(mediator, b.OrganId, ct);
        var budgetFen = Yuan.ToFen(b.Budget);
        // The class first: a meeting over its caps writes nothing, and books nothing.
        var (rule, value) = await classes.CheckAsync(b.Class, organ.DivisionCode, clock.DateOf(b.StartsAt), b.Attendees, b.Days, budgetFen, ct);
        var booking = await mediator.Send(new BookMeetingRoom(new CreateBookingRequest(b.RoomId, organ.Id, b.Title.Trim(), b.StartsAt, b.EndsAt, b.Attendees, b.AddOns)), ct);
        var now = clock.UtcNow;
        var row = new MeetingRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Title = b.Title.Trim(), MeetingClass = b.Class, Attendees = b.Attendees, Days = b.Days, BudgetFen = budgetFen,
            DailyCapFen = value.DailyCapFen, MaxAttendees = value.MaxAttendees, RuleVersionId = rule.Id, RoomId = booking.RoomId, StartsAt = booking.StartsAt,
            EndsAt = booking.EndsAt, BookingId = booking.Id, Status = MeetingStatus.Registered, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await meetings.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Meeting", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
