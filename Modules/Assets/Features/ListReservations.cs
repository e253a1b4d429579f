using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Assets.Features;

internal sealed record GetReservationQuery(Guid Id) : IQuery<ReservationResponse>;

internal sealed class GetReservationHandler(ReservationRepository reservations) : IRequestHandler<GetReservationQuery, ReservationResponse>
{
    public async Task<ReservationResponse> Handle(GetReservationQuery query, CancellationToken ct) =>
        (await reservations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.ReservationNotFound)).ToResponse();
}

internal sealed record ListReservationsQuery(ReservationFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<ReservationResponse>>;

internal sealed class ListReservationsValidator : AbstractValidator<ListReservationsQuery>
{
    public ListReservationsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

/// <summary>An ordinary organ lists only its own reservations.</summary>
internal sealed class ListReservationsHandler(ReservationRepository reservations) : IRequestHandler<ListReservationsQuery, PagedResult<ReservationResponse>>
{
    public async Task<PagedResult<ReservationResponse>> Handle(ListReservationsQuery query, CancellationToken ct)
    {
        var (rows, total) = await reservations.ListAsync(query.Filter, query.Page, ReservationRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<ReservationResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>The reservations due to start now (for the background sweep).</summary>
internal sealed record ListDueReservationsQuery(int Max) : IQuery<IReadOnlyList<Guid>>;

internal sealed class ListDueReservationsHandler(ReservationRepository reservations, Shared.Time.BusinessClock clock) : IRequestHandler<ListDueReservationsQuery, IReadOnlyList<Guid>>
{
    public Task<IReadOnlyList<Guid>> Handle(ListDueReservationsQuery query, CancellationToken ct) => reservations.DueAsync(clock.UtcNow, query.Max, ct);
}
