using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Assets.Features;

/// <summary>The reservations due to start now (for the background sweep).</summary>
internal sealed record ListDueReservationsQuery(int Max) : IQuery<IReadOnlyList<Guid>>;

internal sealed class ListDueReservationsHandler(ReservationRepository reservations, Shared.Time.BusinessClock clock) : IRequestHandler<ListDueReservationsQuery, IReadOnlyList<Guid>>
{
    public Task<IReadOnlyList<Guid>> Handle(ListDueReservationsQuery query, CancellationToken ct) => reservations.DueAsync(clock.UtcNow, query.Max, ct);
}
