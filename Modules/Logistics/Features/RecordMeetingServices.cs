using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>
/// A booking's add-ons become service orders (no route: sent by the <see cref="MeetingServicesRequested"/> handler and the
/// backfill). One order per booking and kind, inserted only if absent: a redelivered notification, or the backfill after it,
/// adds nothing. Answers the orders created.
/// </summary>
internal sealed record RecordMeetingServicesCommand(
    Guid BookingId, Guid RoomId, Guid OrganId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attendees, IReadOnlyList<BookingAddOn> AddOns) : ICommand<int>
{
    public static RecordMeetingServicesCommand From(MeetingServicesRequested e) => new(e.BookingId, e.RoomId, e.OrganId, e.StartsAt, e.EndsAt, e.Attendees, e.AddOns);

    public static RecordMeetingServicesCommand From(BookingWithAddOns b) => new(b.BookingId, b.RoomId, b.OrganId, b.StartsAt, b.EndsAt, b.Attendees, b.AddOns);
}

internal sealed class RecordMeetingServicesValidator : AbstractValidator<RecordMeetingServicesCommand>
{
    public RecordMeetingServicesValidator()
    {
        RuleFor(c => c.BookingId).NotEmpty();
        RuleFor(c => c.Attendees).GreaterThan(0);
        RuleForEach(c => c.AddOns).ChildRules(a =>
        {
            a.RuleFor(x => x.Kind).IsInEnum();
            a.RuleFor(x => x.Quantity).GreaterThan(0);
        });
    }
}

internal sealed class RecordMeetingServicesHandler(ServiceOrderRepository orders, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordMeetingServicesCommand, int>
{
    public async Task<int> Handle(RecordMeetingServicesCommand command, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var created = 0;
        // Upserts in the unique key's order (booking, kind as text), so two Hosts recording one booking cannot deadlock.
        foreach (var draft in ServiceOrderRules.Drafts(command.AddOns, command.Attendees).OrderBy(d => d.Kind.ToString(), StringComparer.Ordinal))
        {
            var row = new ServiceOrderRow
            {
                Id = ids.NewId(), BookingId = command.BookingId, Kind = draft.Kind, RoomId = command.RoomId, OrganId = command.OrganId,
                Quantity = draft.Quantity, RequestedQuantity = draft.RequestedQuantity, Attendees = command.Attendees, Note = draft.Note,
                Status = ServiceOrderStatus.Requested, Version = 1, DueAt = command.StartsAt, EndsAt = command.EndsAt, CreatedAt = now, UpdatedAt = now,
            };
            if (await orders.InsertIfAbsentAsync(row, ct))
            {
                audit.Record("ServiceOrder", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
                created++;
            }
        }
        return created;
    }
}
