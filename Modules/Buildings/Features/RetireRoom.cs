using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Retire a room (停用); it is kept with status Retired (Buildings_RetireRoom): the route.</summary>
internal static class RetireRoom
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{id:guid}/retire", Handle).WithName("Buildings_RetireRoom")
            .WithSummary("Retire a room (停用); it is kept with status Retired")
            .WithDescription("Refused (409) while a pending or approved booking of the room has not ended, or when already retired.")
            .Produces<RoomResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<RoomResponse>> Handle(Guid id, RetireSpaceRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireRoomCommand(id, body), ct), r => r.Version);
}

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
