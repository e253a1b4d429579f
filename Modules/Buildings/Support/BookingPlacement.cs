using FluentValidation;
using OrganAffairs.Shared.Http;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Support;

/// <summary>The shape of a booking request, single or recurring.</summary>
internal sealed record BookingDraft(Guid RoomId, Guid OrganId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, IReadOnlyList<BookingAddOn>? AddOns);

internal sealed class BookingDraftValidator : AbstractValidator<BookingDraft>
{
    public BookingDraftValidator()
    {
        RuleFor(d => d.RoomId).NotEmpty();
        RuleFor(d => d.OrganId).NotEmpty();
        RuleFor(d => d.Title).NotEmpty().MaximumLength(200);
        RuleFor(d => d.EndsAt).Must((d, _) => Window.IsValid(d.StartsAt, d.EndsAt))
            .WithErrorCode(BuildingsErrors.WindowInvalid.Code).WithMessage(_ => BuildingsErrors.WindowInvalid.Title);
        RuleFor(d => d.Attendees).InclusiveBetween(1, 10_000);
        RuleFor(d => d.AddOns).MaxItems(10).WithMessage("At most 10 add-ons.");
        RuleForEach(d => d.AddOns).ChildRules(a =>
        {
            a.RuleFor(x => x.Kind).IsInEnum();
            a.RuleFor(x => x.Quantity).InclusiveBetween(1, 10_000);
            a.RuleFor(x => x.Note).MaximumLength(500);
        });
    }
}

/// <summary>
/// Places one or more windows of a room in one transaction, safely under concurrency on every
/// provider and across Host instances: lock the room row first (every writer of the room queues
/// there), then check overlap against bookings that hold a slot, then insert.
/// </summary>
internal sealed class BookingPlacement(
    IMediator mediator, SpaceRepository space, BookingRepository bookings, OrganScope scope, AuditTrail audit, OutboxBuffer outbox,
    IdGenerator ids, BusinessClock clock)
{
    /// <summary>The document's words for a 409 that may carry the <c>conflicts</c> this class finds.</summary>
    public const string ConflictsProblemDescription =
        "A problem; with code buildings.double-booked it carries `conflicts`: each requested window (each occurrence, for a series) with the booking in its way, and that booking's id only when the caller may see it.";

    public async Task<IReadOnlyList<BookingResponse>> PlaceAsync(BookingDraft draft, IReadOnlyList<Window> windows, Guid? seriesId, CancellationToken ct)
    {
        var organ = await OrganReferences.ActiveAsync(mediator, draft.OrganId, "organId", ct);
        if (!await space.LockRoomAsync(draft.RoomId, ct))
        {
            throw ProblemException.ForField(BuildingsErrors.RoomRef, "roomId");
        }
        var room = (await space.GetRoomAsync(draft.RoomId, ct))!;
        if (room.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.RoomRetired);
        }
        if (!room.Bookable)
        {
            throw new ProblemException(BuildingsErrors.NotBookable);
        }
        if (draft.Attendees > room.Capacity)
        {
            throw new ProblemException(BuildingsErrors.OverCapacity, detail: $"capacity {room.Capacity}, attendees {draft.Attendees}");
        }
        // 反食品浪费法: meals are planned by headcount, so catering above the attendees is refused before anything is written.
        if ((draft.AddOns ?? []).Where(a => a.Kind == AddOnKind.Catering).Sum(a => (long)a.Quantity) is var catering && catering > draft.Attendees)
        {
            throw new ProblemException(BuildingsErrors.CateringAboveAttendees, detail: $"attendees {draft.Attendees}, catering {catering}");
        }
        var now = clock.UtcNow;
        if (windows[0].StartsAt < now)
        {
            throw new ProblemException(BuildingsErrors.BookingInPast);
        }

        var existing = await bookings.HoldingOverlapAsync(room.Id, windows.Min(w => w.StartsAt), windows.Max(w => w.EndsAt), ct);
        var visible = await scope.VisibilityAsync(existing.Select(b => (Guid?)b.OrganId), ct);
        var conflicts = windows
            .SelectMany(w => existing.Where(b => w.Overlaps(b.StartsAt, b.EndsAt))
                .Select(b => new BookingConflict(w.StartsAt, w.EndsAt, b.StartsAt, b.EndsAt, visible(b.OrganId) ? b.Id : null)))
            .ToList();
        if (conflicts.Count > 0)
        {
            throw new ProblemException(BuildingsErrors.DoubleBooked, detail: string.Join("; ", conflicts.Select(c => $"{c.ConflictStartsAt:O}/{c.ConflictEndsAt:O}")))
            {
                Extensions = new Dictionary<string, object?> { ["conflicts"] = conflicts },
            };
        }

        var status = room.RequiresApproval ? BookingStatus.Pending : BookingStatus.Approved;
        var result = new List<BookingResponse>();
        foreach (var window in windows)
        {
            var row = new BookingRow
            {
                Id = ids.NewId(),
                RoomId = room.Id,
                OrganId = organ.Id,
                SeriesId = seriesId,
                Title = draft.Title.Trim(),
                Attendees = draft.Attendees,
                Status = status,
                Version = 1,
                StartsAt = window.StartsAt,
                EndsAt = window.EndsAt,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var addOns = (draft.AddOns ?? []).Select(a => new AddOnRow { Id = ids.NewId(), BookingId = row.Id, Kind = a.Kind, Quantity = a.Quantity, Note = a.Note?.Trim() }).ToList();
            await bookings.InsertAsync(row, ct);
            if (addOns.Count > 0)
            {
                await bookings.InsertAddOnsAsync(addOns, ct);
            }
            var response = row.ToResponse(addOns);
            audit.Record("Booking", row.Id, row.OrganId, AuditTrail.Diff(null, BookingSnapshot.Of(response)));
            if (response.AddOns.Count > 0)
            {
                outbox.Enqueue(new MeetingServicesRequested(ids.NewId(), now, row.Id, row.RoomId, row.OrganId, row.StartsAt, row.EndsAt, row.Attendees, response.AddOns));
            }
            result.Add(response);
        }
        return result;
    }
}
