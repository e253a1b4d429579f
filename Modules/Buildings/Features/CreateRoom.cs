using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Register a room on a floor (Buildings_CreateRoom): the route.</summary>
internal static class CreateRoom
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/", Handle).WithName("Buildings_CreateRoom")
            .WithSummary("Register a room on a floor (登记房间)")
            .WithDescription("Type is Office (办公室用房), Service (服务用房), Equipment (设备用房) or Ancillary (附属用房); usable area in m² (> 0, 2 decimals). A bookable room is a meeting room whose capacity bounds attendees. Accepts Idempotency-Key.")
            .Produces<RoomResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<RoomResponse>> Handle(CreateRoomRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var room = await mediator.Send(new CreateRoomCommand(body), ct);
        return ETags.Created(http, $"{BuildingsEndpoints.Root}/rooms/{room.Id}", room, r => r.Version);
    }
}

internal sealed record CreateRoomCommand(CreateRoomRequest Body) : ICommand<RoomResponse>;

internal sealed class CreateRoomValidator : AbstractValidator<CreateRoomCommand>
{
    public CreateRoomValidator()
    {
        RuleFor(c => c.Body.FloorId).NotEmpty();
        RuleFor(c => c.Body.Number).NotEmpty().MaximumLength(30);
        RuleFor(c => c.Body.Type).IsInEnum();
        RuleFor(c => c.Body.UsableArea).Must(Area.IsValid)
            .WithErrorCode(BuildingsErrors.AreaInvalid.Code).WithMessage(_ => BuildingsErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.Capacity).InclusiveBetween(0, 10_000);
        RuleFor(c => c.Body.Capacity).GreaterThan(0).When(c => c.Body.Bookable);
    }
}

/// <summary>Registers a room on an active floor; the number is unique in its building.</summary>
internal sealed class CreateRoomHandler(SpaceRepository space, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateRoomCommand, RoomResponse>
{
    public async Task<RoomResponse> Handle(CreateRoomCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var floor = await space.GetFloorAsync(body.FloorId, ct) ?? throw ProblemException.ForField(BuildingsErrors.FloorRef, "floorId");
        // Under the building's lock, read the floor again: a retirement that committed meanwhile is seen.
        await space.LockBuildingAsync(floor.BuildingId, ct);
        floor = await space.GetFloorAsync(body.FloorId, ct) ?? throw ProblemException.ForField(BuildingsErrors.FloorRef, "floorId");
        if (floor.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.BuildingRetired);
        }
        var now = clock.UtcNow;
        var row = new RoomRow
        {
            Id = ids.NewId(),
            BuildingId = floor.BuildingId,
            FloorId = floor.Id,
            Number = body.Number.Trim(),
            RoomType = body.Type,
            UsableAreaCenti = Area.ToCenti(body.UsableArea),
            Capacity = body.Capacity,
            Bookable = body.Bookable,
            RequiresApproval = body.RequiresApproval,
            Status = SpaceStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await space.InsertRoomAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.RoomNumberTaken);
        }
        audit.Record("Room", row.Id, null, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
