using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Features;

/// <summary>The Contracts query of bookings with add-ons by booking id, for Logistics' backfill of service orders (no route: other modules send it).</summary>
internal sealed class ListBookingsWithAddOnsValidator : AbstractValidator<ListBookingsWithAddOnsQuery>
{
    public ListBookingsWithAddOnsValidator() => RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
}

internal sealed class ListBookingsWithAddOnsHandler(BookingRepository bookings) : IRequestHandler<ListBookingsWithAddOnsQuery, BookingWithAddOnsPage>
{
    public async Task<BookingWithAddOnsPage> Handle(ListBookingsWithAddOnsQuery query, CancellationToken ct)
    {
        var rows = await bookings.PageWithAddOnsAsync(query.After, query.PageSize, ct);
        var addOns = (await bookings.AddOnsAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(a => a.BookingId);
        var items = rows.Select(r => new BookingWithAddOns(r.Id, r.RoomId, r.OrganId, r.StartsAt, r.EndsAt, r.Attendees, r.Status,
            addOns[r.Id].Select(a => new BookingAddOn(a.Kind, a.Quantity, a.Note)).ToList())).ToList();
        return new BookingWithAddOnsPage(items, rows.Count == query.PageSize ? rows[^1].Id : null);
    }
}
