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

/// <summary>Update a room's settable fields (If-Match required) (Buildings_UpdateRoom): the route.</summary>
internal static class UpdateRoom
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPut("/{id:guid}", Handle).WithName("Buildings_UpdateRoom")
            .WithSummary("Update a room's settable fields (If-Match required; 修改房间信息)")
            .WithDescription("Replaces number, type, usable area, capacity and booking flags. A change of type or of bookable (改变用途) needs approvalReference (422 buildings.change-of-use-needs-approval); the reference is audited. A retired room cannot change (409).")
            .Produces<RoomResponse>().UpdateProblems(403, 422)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<RoomResponse>> Handle(Guid id, UpdateRoomRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateRoomCommand(id, ETags.RequireIfMatch(http), body), ct), r => r.Version);
}

internal sealed record UpdateRoomCommand(Guid Id, IfMatch IfMatch, UpdateRoomRequest Body) : ICommand<RoomResponse>;

internal sealed class UpdateRoomValidator : AbstractValidator<UpdateRoomCommand>
{
    public UpdateRoomValidator()
    {
        RuleFor(c => c.Body.Number).NotEmpty().MaximumLength(30);
        RuleFor(c => c.Body.Type).IsInEnum();
        RuleFor(c => c.Body.UsableArea).Must(Area.IsValid)
            .WithErrorCode(BuildingsErrors.AreaInvalid.Code).WithMessage(_ => BuildingsErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.Capacity).InclusiveBetween(0, 10_000);
        RuleFor(c => c.Body.Capacity).GreaterThan(0).When(c => c.Body.Bookable);
        RuleFor(c => c.Body.ApprovalReference).MaximumLength(200);
    }
}

/// <summary>
/// Changes a room. A change of type, or of use as a meeting room (bookable), is a change of use
/// (改变用途) and needs an approval reference (422 without one); the reference is audited.
/// </summary>
internal sealed class UpdateRoomHandler(SpaceRepository space, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateRoomCommand, RoomResponse>
{
    public async Task<RoomResponse> Handle(UpdateRoomCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var row = await space.GetRoomAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.RoomNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.RoomRetired);
        }
        var changeOfUse = row.RoomType != body.Type || row.Bookable != body.Bookable;
        if (changeOfUse && string.IsNullOrWhiteSpace(body.ApprovalReference))
        {
            throw new ProblemException(BuildingsErrors.ChangeOfUseNeedsApproval);
        }
        var before = row.ToResponse();
        row.Number = body.Number.Trim();
        row.RoomType = body.Type;
        row.UsableAreaCenti = Area.ToCenti(body.UsableArea);
        row.Capacity = body.Capacity;
        row.Bookable = body.Bookable;
        row.RequiresApproval = body.RequiresApproval;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        try
        {
            if (!await space.UpdateRoomAsync(row, expectedVersion, ct))
            {
                throw new ProblemException(SharedErrors.PreconditionFailed);
            }
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.RoomNumberTaken);
        }
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, row.ToResponse()));
        if (!string.IsNullOrWhiteSpace(body.ApprovalReference))
        {
            changes["approvalReference"] = new(null, body.ApprovalReference.Trim());
        }
        audit.Record("Room", row.Id, null, changes);
        return row.ToResponse();
    }
}
