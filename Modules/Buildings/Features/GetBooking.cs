using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetBookingQuery(Guid Id) : IQuery<BookingResponse>;

/// <summary>Another organ's booking answers 404 like a missing one.</summary>
internal sealed class GetBookingHandler(BookingRepository bookings) : IRequestHandler<GetBookingQuery, BookingResponse>
{
    public async Task<BookingResponse> Handle(GetBookingQuery query, CancellationToken ct)
    {
        var row = await bookings.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.BookingNotFound);
        return row.ToResponse(await bookings.AddOnsAsync([row.Id], ct));
    }
}
