using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>What happens to a booking: the bureau approves or rejects a pending one; its organ (or the bureau) cancels it.</summary>
internal enum BookingAction
{
    Approve,
    Reject,
    Cancel,
}

internal sealed record ChangeBookingStatusCommand(Guid Id, BookingAction Action, BookingActionRequest Body) : ICommand<BookingResponse>;

internal sealed class ChangeBookingStatusValidator : AbstractValidator<ChangeBookingStatusCommand>
{
    public ChangeBookingStatusValidator() => RuleFor(c => c.Body.Note).MaximumLength(500);
}

internal sealed class ChangeBookingStatusHandler(BookingRepository bookings, OrganScope scope, AuditTrail audit, OutboxBuffer outbox, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<ChangeBookingStatusCommand, BookingResponse>
{
    public async Task<BookingResponse> Handle(ChangeBookingStatusCommand command, CancellationToken ct)
    {
        var row = await bookings.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.BookingNotFound);
        if (command.Action != BookingAction.Cancel)
        {
            // Approval of meeting rooms is the bureau's (the rooms' manager's) work.
            scope.EnsureSeesAll();
            if (row.Status != BookingStatus.Pending)
            {
                throw new ProblemException(BuildingsErrors.BookingNotPending);
            }
        }
        else if (row.Status is BookingStatus.Cancelled or BookingStatus.Rejected)
        {
            throw new ProblemException(BuildingsErrors.BookingClosed);
        }
        var addOns = await bookings.AddOnsAsync([row.Id], ct);
        var before = BookingSnapshot.Of(row.ToResponse(addOns));
        row.Status = command.Action switch
        {
            BookingAction.Approve => BookingStatus.Approved,
            BookingAction.Reject => BookingStatus.Rejected,
            _ => BookingStatus.Cancelled,
        };
        row.DecisionNote = command.Body.Note?.Trim();
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await bookings.UpdateStatusAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var response = row.ToResponse(addOns);
        audit.Record("Booking", row.Id, row.OrganId, AuditTrail.Diff(before, BookingSnapshot.Of(response)));
        if (row.Status is BookingStatus.Cancelled or BookingStatus.Rejected && addOns.Count > 0)
        {
            // The logistics service was asked for these services when the booking was made.
            outbox.Enqueue(new MeetingServicesCancelled(ids.NewId(), row.UpdatedAt, row.Id, row.RoomId, row.OrganId, row.Status));
        }
        return response;
    }
}
