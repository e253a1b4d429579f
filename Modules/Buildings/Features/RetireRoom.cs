using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record RetireRoomCommand(Guid Id, RetireSpaceRequest Body) : ICommand<RoomResponse>;

internal sealed class RetireRoomValidator : AbstractValidator<RetireRoomCommand>
{
    public RetireRoomValidator()
    {
        RuleFor(c => c.Body.RetiredOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>Retires a room; refused while it is allocated or a pending or approved booking of it has not ended. The room row is locked first, like a booking.</summary>
internal sealed class RetireRoomHandler(SpaceRepository space, BookingRepository bookings, AllocationRepository allocations, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<RetireRoomCommand, RoomResponse>
{
    public async Task<RoomResponse> Handle(RetireRoomCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        if (!await space.LockRoomAsync(command.Id, ct))
        {
            throw new ProblemException(BuildingsErrors.RoomNotFound);
        }
        var row = (await space.GetRoomAsync(command.Id, ct))!;
        if (row.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.AlreadyRetired);
        }
        if (await allocations.ActiveForRoomAsync(row.Id, ct) is not null)
        {
            throw new ProblemException(BuildingsErrors.RoomHasHolders);
        }
        if (await bookings.HasHoldingAfterAsync(row.Id, clock.UtcNow, ct))
        {
            throw new ProblemException(BuildingsErrors.RoomHasBookings);
        }
        var before = row.ToResponse();
        row.Status = SpaceStatus.Retired;
        row.RetiredOn = command.Body.RetiredOn;
        row.RetireReason = command.Body.Reason.Trim();
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await space.UpdateRoomAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, row.ToResponse()))
        {
            ["retireReason"] = new(null, row.RetireReason),
        };
        audit.Record("Room", row.Id, null, changes);
        return row.ToResponse();
    }
}
