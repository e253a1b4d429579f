using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Allocate a room to an organ (配置) (Buildings_CreateAllocation): the route.</summary>
internal static class CreateAllocation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder allocations) =>
        allocations.MapPost("/", Handle).WithName("Buildings_CreateAllocation")
            .WithSummary("Allocate a room to an organ (配置)")
            .WithDescription("Route Reallocation (调剂), Exchange (置换), Lease (租用) or Construction (建设); the use agreement number and the certificate number (分配使用凭证) are both required. A room has at most one active allocation (409). The bureau's work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<AllocationResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<AllocationResponse>> Handle(CreateAllocationRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var allocation = await mediator.Send(new CreateAllocationCommand(body), ct);
        return ETags.Created(http, $"{BuildingsEndpoints.Root}/allocations/{allocation.Id}", allocation, a => a.Version);
    }
}

internal sealed record CreateAllocationCommand(CreateAllocationRequest Body) : ICommand<AllocationResponse>;

internal sealed class CreateAllocationValidator : AbstractValidator<CreateAllocationCommand>
{
    public CreateAllocationValidator()
    {
        RuleFor(c => c.Body.RoomId).NotEmpty();
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Route).IsInEnum();
        RuleFor(c => c.Body.AgreementNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.CertificateNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
    }
}

/// <summary>
/// Allocates a room to an organ. A room has at most one active allocation: the room row is locked
/// first, so two allocations of one room in parallel cannot both pass the check.
/// </summary>
internal sealed class CreateAllocationHandler(
    IMediator mediator, SpaceRepository space, AllocationRepository allocations, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateAllocationCommand, AllocationResponse>
{
    public async Task<AllocationResponse> Handle(CreateAllocationCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, body.OrganId, "organId", ct);
        if (!await space.LockRoomAsync(body.RoomId, ct))
        {
            throw ProblemException.ForField(BuildingsErrors.RoomRef, "roomId");
        }
        var room = (await space.GetRoomAsync(body.RoomId, ct))!;
        if (room.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.RoomRetired);
        }
        if (await allocations.ActiveForRoomAsync(room.Id, ct) is not null)
        {
            throw new ProblemException(BuildingsErrors.RoomAllocated);
        }
        var now = clock.UtcNow;
        var row = new AllocationRow
        {
            Id = ids.NewId(),
            RoomId = room.Id,
            OrganId = organ.Id,
            Route = body.Route,
            AgreementNumber = body.AgreementNumber.Trim(),
            CertificateNumber = body.CertificateNumber.Trim(),
            EffectiveFrom = body.EffectiveFrom,
            Status = HoldingStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await allocations.InsertAsync(row, ct);
        audit.Record("Allocation", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
