using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListBookingsQuery(BookingFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<BookingResponse>>;

internal sealed class ListBookingsValidator : AbstractValidator<ListBookingsQuery>
{
    public ListBookingsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200);
        RuleFor(q => q.Filter.To).GreaterThan(q => q.Filter.From).When(q => q.Filter.From is not null && q.Filter.To is not null).OverridePropertyName("to");
    }
}

/// <summary>Bookings the caller may see (an ordinary organ: its own), filtered by room, organ, status and a window they overlap.</summary>
internal sealed class ListBookingsHandler(BookingRepository bookings) : IRequestHandler<ListBookingsQuery, PagedResult<BookingResponse>>
{
    public async Task<PagedResult<BookingResponse>> Handle(ListBookingsQuery query, CancellationToken ct)
    {
        var filter = query.Filter with { From = query.Filter.From?.ToUniversalTime(), To = query.Filter.To?.ToUniversalTime() };
        var (rows, total) = await bookings.ListAsync(filter, query.Page, BookingRepository.Sort.OrderBy(query.Sort), ct);
        var addOns = await bookings.AddOnsAsync(rows.Select(r => r.Id).ToList(), ct);
        return new PagedResult<BookingResponse>(rows.Select(r => r.ToResponse(addOns)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
