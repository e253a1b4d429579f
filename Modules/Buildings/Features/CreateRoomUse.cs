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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Record a rent, loan or use by another unit of an allocated room (Buildings_CreateRoomUse): the route.</summary>
internal static class CreateRoomUse
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder uses) =>
        uses.MapPost("/", Handle).WithName("Buildings_CreateRoomUse")
            .WithSummary("Record a rent (出租), loan (出借) or use by another unit of an allocated room")
            .WithDescription("党政机关办公用房管理办法 forbids renting, lending or handing a room to another unit without approval (B10): without approvalReference the use is refused (422 buildings.room-use-needs-approval), nothing written. The room needs an active allocation whose organ the caller sees (400 otherwise) and the use may not start before it (400). Each use is listed in the annual publication (公示) of its year. Audited; accepts Idempotency-Key.")
            .Produces<RoomUseResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<RoomUseResponse>> Handle(CreateRoomUseRequest body, IMediator mediator, CancellationToken ct)
    {
        var use = await mediator.Send(new CreateRoomUseCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/room-uses?roomId={use.RoomId}", use);
    }
}

internal sealed record CreateRoomUseCommand(CreateRoomUseRequest Body) : ICommand<RoomUseResponse>;

internal sealed class CreateRoomUseValidator : AbstractValidator<CreateRoomUseCommand>
{
    public CreateRoomUseValidator()
    {
        RuleFor(c => c.Body.RoomId).NotEmpty();
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.UserName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.StartsOn).NotEmpty();
        RuleFor(c => c.Body.EndsOn).GreaterThanOrEqualTo(c => c.Body.StartsOn).When(c => c.Body.EndsOn is not null);
        RuleFor(c => c.Body.ApprovalReference).MaximumLength(100);
    }
}

/// <summary>
/// Records a rent, loan or use by another unit of a room held by an organ: only with an approval
/// reference (422 without one). The room's active allocation names the organ; the caller must see it.
/// </summary>
internal sealed class CreateRoomUseHandler(AllocationRepository allocations, RoomUseRepository uses, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateRoomUseCommand, RoomUseResponse>
{
    public async Task<RoomUseResponse> Handle(CreateRoomUseCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var allocation = await allocations.ActiveForRoomAsync(body.RoomId, ct);
        if (allocation is null || !await scope.CanSeeAsync(allocation.OrganId, ct))
        {
            throw ProblemException.ForField(BuildingsErrors.RoomRef, "roomId");
        }
        if (body.StartsOn < allocation.EffectiveFrom)
        {
            throw ProblemException.ForField(BuildingsErrors.UseBeforeAllocation, "startsOn");
        }
        if (string.IsNullOrWhiteSpace(body.ApprovalReference))
        {
            throw new ProblemException(BuildingsErrors.RoomUseNeedsApproval);
        }
        var row = new RoomUseRow
        {
            Id = ids.NewId(),
            RoomId = body.RoomId,
            AllocationId = allocation.Id,
            OrganId = allocation.OrganId,
            Kind = body.Kind,
            UserName = body.UserName.Trim(),
            StartsOn = body.StartsOn,
            EndsOn = body.EndsOn,
            ApprovalReference = body.ApprovalReference.Trim(),
            CreatedAt = clock.UtcNow,
        };
        await uses.InsertAsync(row, ct);
        audit.Record("RoomUse", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
