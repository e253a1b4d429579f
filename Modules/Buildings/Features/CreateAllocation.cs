using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Allocate a room to an organ (配置) (Buildings_CreateAllocation): the route.</summary>
internal static class CreateAllocation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder allocations) =>
        allocations.MapPost("/", Handle).WithName("Buildings_CreateAllocation")
            .WithSummary("Allocate a room to an organ (配置)")
            .WithDescription("Route Reallocation (调剂), Exchange (置换), Lease (租用) or Construction (建设); the use agreement number and the certificate number (分配使用凭证) are both required. A room has at most one active allocation (409). An Office room that takes the organ's allocated office area above its approved area (核定面积) in force on effectiveFrom is refused (422 buildings.over-approved-area, the areas and the approval in detail) unless exceptionApprovalReference is given: then it is recorded, the answer says overApprovedArea and a recovery case of the allocation (OverApprovedArea, due by the OverStandardRecovery deadline rule) is opened; releasing the allocation closes it. The bureau's work (403 for other organs). Accepts Idempotency-Key.")
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
        RuleFor(c => c.Body.ExceptionApprovalReference).NotEmpty().MaximumLength(100).When(c => c.Body.ExceptionApprovalReference is not null);
    }
}

/// <summary>
/// Allocates a room to an organ. A room has at most one active allocation: the room row is locked
/// first, so two allocations of one room in parallel cannot both pass the check. An Office room may
/// not take the organ above its approved office area on the start date (B8) unless an approved exception
/// is referenced: then the allocation is flagged and its own recovery case opens. The approved-area
/// version is locked after the room, so parallel allocations to one organ are checked one after another.
/// </summary>
internal sealed class CreateAllocationHandler(
    IMediator mediator, SpaceRepository space, AllocationRepository allocations, RecoveryRepository recovery, BuildingsViolations violations, OrganScope scope,
    AuditTrail audit, IdGenerator ids, BusinessClock clock)
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
        var exceeded = room.RoomType == RoomType.Office ? await ExceededApprovedAreaAsync(organ.Id, room, body, ct) : null;
        var overApprovedArea = exceeded is not null;
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
            OverApprovedArea = overApprovedArea,
            ExceptionApprovalReference = overApprovedArea ? body.ExceptionApprovalReference!.Trim() : null,
        };
        await allocations.InsertAsync(row, ct);
        audit.Record("Allocation", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        if (overApprovedArea)
        {
            var rule = await recovery.RuleInForceAsync(DeadlineRuleCode.OverStandardRecovery, organ.DivisionCode, body.EffectiveFrom, ct)
                       ?? throw new ProblemException(BuildingsErrors.NoDeadlineRule, detail: $"{DeadlineRuleCode.OverStandardRecovery} {body.EffectiveFrom:yyyy-MM-dd}");
            var opened = await RecoveryCaseOpening.OpenAsync(recovery, audit, ids, clock, row, RecoveryReason.OverApprovedArea, body.EffectiveFrom, rule, ct);
            await violations.OverApprovedAreaAsync(row, exceeded!.Id, opened, ct);
        }
        return row.ToResponse();
    }

    /// <summary>The approved-area version the room takes the organ above on the start date, or null when within (or none in force): 422 without an exception reference.</summary>
    private async Task<ApprovedAreaRow?> ExceededApprovedAreaAsync(Guid organId, RoomRow room, CreateAllocationRequest body, CancellationToken ct)
    {
        var approved = RuleResolver.Resolve(await allocations.ApprovedAreasAsync([organId], ct), null, body.EffectiveFrom);
        if (approved is null || !await allocations.LockApprovedAreaAsync(approved.Id, ct))
        {
            return null;
        }
        var summary = (await OrganAreas.SummariseAsync(allocations, space, [organId], body.EffectiveFrom, ct))[0];
        var after = summary.AllocatedOfficeArea + Area.FromCenti(room.UsableAreaCenti);
        var approvedArea = Area.FromCenti(approved.OfficeAreaCenti);
        if (after <= approvedArea)
        {
            return null;
        }
        if (body.ExceptionApprovalReference is null)
        {
            throw new ProblemException(BuildingsErrors.OverApprovedArea,
                detail: $"{after:0.00} m² > {approvedArea:0.00} m² ({approved.ApprovalReference}, {approved.EffectiveFrom:yyyy-MM-dd})");
        }
        return approved;
    }
}
