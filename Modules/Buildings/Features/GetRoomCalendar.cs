using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetRoomCalendarQuery(Guid RoomId, DateTimeOffset From, DateTimeOffset To) : IQuery<RoomCalendarResponse>;

internal sealed class GetRoomCalendarValidator : AbstractValidator<GetRoomCalendarQuery>
{
    public GetRoomCalendarValidator() =>
        RuleFor(q => q.To).Must((q, _) => q.From < q.To && q.To - q.From <= TimeSpan.FromDays(366)).OverridePropertyName("to")
            .WithErrorCode(BuildingsErrors.QueryWindowInvalid.Code).WithMessage(_ => BuildingsErrors.QueryWindowInvalid.Title);
}

/// <summary>
/// The room's pending and approved bookings overlapping the window. Every caller sees when the room is
/// busy; the booking's id, organ and title only when the caller may see that organ.
/// </summary>
internal sealed class GetRoomCalendarHandler(SpaceRepository space, BookingRepository bookings, OrganScope scope)
    : IRequestHandler<GetRoomCalendarQuery, RoomCalendarResponse>
{
    public async Task<RoomCalendarResponse> Handle(GetRoomCalendarQuery query, CancellationToken ct)
    {
        var room = await space.GetRoomAsync(query.RoomId, ct) ?? throw new ProblemException(BuildingsErrors.RoomNotFound);
        var rows = await bookings.HoldingOverlapAsync(room.Id, query.From.ToUniversalTime(), query.To.ToUniversalTime(), ct);
        var entries = rows.Select(b => scope.CanSee(b.OrganId)
            ? new CalendarEntry(b.StartsAt, b.EndsAt, b.Status, b.Id, b.OrganId, b.Title)
            : new CalendarEntry(b.StartsAt, b.EndsAt, b.Status, null, null, null)).ToList();
        return new RoomCalendarResponse(room.Id, query.From.ToUniversalTime(), query.To.ToUniversalTime(), entries);
    }
}
