using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Logistics.Domain;

/// <summary>One service order to prepare: an add-on kind of a booking, what was asked and what is served.</summary>
internal sealed record ServiceOrderDraft(AddOnKind Kind, int Quantity, int RequestedQuantity, string? Note);

/// <summary>
/// How a booking's add-ons become service orders: one order per kind (add-ons of the same kind summed, their notes joined), so the
/// key (booking, kind) is the same whether the order comes from the notification or the backfill; catering is served for at most
/// the attendees (反食品浪费法: canteens and meals plan by headcount), whatever was asked.
/// </summary>
internal static class ServiceOrderRules
{
    public static IReadOnlyList<ServiceOrderDraft> Drafts(IReadOnlyList<BookingAddOn> addOns, int attendees) =>
        addOns.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var requested = g.Sum(a => a.Quantity);
            var notes = string.Join("；", g.Select(a => a.Note?.Trim()).Where(n => !string.IsNullOrEmpty(n)));
            return new ServiceOrderDraft(g.Key, Served(g.Key, requested, attendees), requested, notes.Length == 0 ? null : notes[..Math.Min(notes.Length, 1000)]);
        }).ToList();

    /// <summary>What is served: catering at most one serving per attendee; every other kind as asked.</summary>
    public static int Served(AddOnKind kind, int requested, int attendees) => kind == AddOnKind.Catering ? Math.Min(requested, attendees) : requested;
}
