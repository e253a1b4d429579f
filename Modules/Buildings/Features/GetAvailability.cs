using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetAvailabilityQuery(DateTimeOffset From, DateTimeOffset To, int? Attendees, Guid? BuildingId) : IQuery<IReadOnlyList<RoomResponse>>;

internal sealed class GetAvailabilityValidator : AbstractValidator<GetAvailabilityQuery>
{
    public GetAvailabilityValidator()
    {
        RuleFor(q => q.To).Must((q, _) => Window.IsValid(q.From, q.To)).OverridePropertyName("to")
            .WithErrorCode(BuildingsErrors.WindowInvalid.Code).WithMessage(_ => BuildingsErrors.WindowInvalid.Title);
        RuleFor(q => q.Attendees).InclusiveBetween(1, 10_000).OverridePropertyName("attendees");
    }
}

/// <summary>Active bookable rooms with room for the attendees and no pending or approved booking overlapping the window.</summary>
internal sealed class GetAvailabilityHandler(SpaceRepository space, BookingRepository bookings) : IRequestHandler<GetAvailabilityQuery, IReadOnlyList<RoomResponse>>
{
    public async Task<IReadOnlyList<RoomResponse>> Handle(GetAvailabilityQuery query, CancellationToken ct)
    {
        var rooms = await space.BookableRoomsAsync(query.BuildingId, query.Attendees ?? 1, ct);
        var busy = (await bookings.BusyRoomsAsync(rooms.Select(r => r.Id).ToList(), query.From.ToUniversalTime(), query.To.ToUniversalTime(), ct)).ToHashSet();
        return rooms.Where(r => !busy.Contains(r.Id)).Select(r => r.ToResponse()).ToList();
    }
}
