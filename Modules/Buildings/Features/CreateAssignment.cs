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
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Assign an office to a staff member (Buildings_CreateAssignment): the route.</summary>
internal static class CreateAssignment
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assignments) =>
        assignments.MapPost("/", Handle).WithName("Buildings_CreateAssignment")
            .WithSummary("Assign an office to a staff member (分配办公室)")
            .WithDescription("The room must be an active Office room whose active allocation is held by the member's organ (409). Offices per person follow the office count rule in force (B3/B5, rule data: one in the own organ, two in all nationally; 422 buildings.third-office beyond it). A second office needs a concurrent post in another organ that holds the room (422), and concurrentPostRankCode, secondOfficeReason (the distance) and secondOfficeApprovalReference (422 buildings.second-office-incomplete naming what is missing); its per-person share must be smaller than the standard of the concurrent post's rank at that organ's level (422 buildings.second-office-not-smaller). The three are recorded on the office. A first office whose per-person share exceeds the standard in force is refused (422 buildings.over-standard, the standard and the share in detail) unless exceptionApprovalReference is given: then it is recorded, the answer says overStandard and a recovery case (OverStandard, due by the OverStandardRecovery deadline rule) is opened. A shared office's area is split equally among its occupants. Accepts Idempotency-Key.")
            .Produces<AssignmentResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<AssignmentResponse>> Handle(CreateAssignmentRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var assignment = await mediator.Send(new CreateAssignmentCommand(body), ct);
        return ETags.Created(http, $"{BuildingsEndpoints.Root}/assignments/{assignment.Id}", assignment, a => a.Version);
    }
}

internal sealed record CreateAssignmentCommand(CreateAssignmentRequest Body) : ICommand<AssignmentResponse>;

internal sealed class CreateAssignmentValidator : AbstractValidator<CreateAssignmentCommand>
{
    public CreateAssignmentValidator()
    {
        RuleFor(c => c.Body.RoomId).NotEmpty();
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.StartedOn).NotEmpty();
        RuleFor(c => c.Body.ExceptionApprovalReference).NotEmpty().MaximumLength(100).When(c => c.Body.ExceptionApprovalReference is not null);
        RuleFor(c => c.Body.ConcurrentPostRankCode).NotEmpty().MaximumLength(50).When(c => c.Body.ConcurrentPostRankCode is not null);
        RuleFor(c => c.Body.SecondOfficeReason).NotEmpty().MaximumLength(500).When(c => c.Body.SecondOfficeReason is not null);
        RuleFor(c => c.Body.SecondOfficeApprovalReference).NotEmpty().MaximumLength(100).When(c => c.Body.SecondOfficeApprovalReference is not null);
    }
}

/// <summary>
/// Assigns an office (办公室用房) to a staff member. The room's active allocation must be held by the
/// member's organ. Offices per person follow the office count rule in force (B3, B5); a second only where the
/// person holds a concurrent post in another organ that holds the room, with the post's rank, the reason and
/// the approval recorded (B4), and its per-person area must be smaller than the standard of that rank in
/// force on the start date. A first office over the standard is refused unless an approved exception is
/// referenced: then it is recorded and flagged, and a recovery case opens with the OverStandardRecovery deadline. The person's occupant row, then the room row, are locked
/// first, so parallel assignments of one person or one room queue up before the checks.
/// </summary>
internal sealed class CreateAssignmentHandler(
    IMediator mediator, SpaceRepository space, AllocationRepository allocations, OfficeRepository offices, RecoveryRepository recovery, BuildingsViolations violations,
    OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateAssignmentCommand, AssignmentResponse>
{
    public async Task<AssignmentResponse> Handle(CreateAssignmentCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var staff = await mediator.Send(new GetStaffMemberQuery(body.StaffMemberId), ct)
                    ?? throw ProblemException.ForField(BuildingsErrors.StaffRef, "staffMemberId");
        if (staff.Status != StaffStatus.Active)
        {
            throw new ProblemException(BuildingsErrors.StaffNotActive);
        }
        // Lock order everywhere: the person, then the room.
        try
        {
            await offices.LockOccupantAsync(staff.Id, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        if (!await space.LockRoomAsync(body.RoomId, ct))
        {
            throw ProblemException.ForField(BuildingsErrors.RoomRef, "roomId");
        }
        var room = (await space.GetRoomAsync(body.RoomId, ct))!;
        if (room.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.RoomRetired);
        }
        if (room.RoomType != RoomType.Office)
        {
            throw new ProblemException(BuildingsErrors.NotAnOffice);
        }
        var allocation = await allocations.ActiveForRoomAsync(room.Id, ct);
        if (allocation is null || !await scope.CanSeeAsync(allocation.OrganId, ct)
            || (allocation.OrganId != staff.OrganId && !staff.ConcurrentPostOrganIds.Contains(allocation.OrganId)))
        {
            throw new ProblemException(BuildingsErrors.RoomNotAllocatedToOrgan);
        }

        var held = await offices.ActiveAsync(staff.Id, null, null, ct);
        var organ = await mediator.Send(new GetOrganQuery(staff.OrganId), ct);
        var (counts, countRule) = await OfficeCountRules.ForAsync(offices, organ?.DivisionCode ?? "", body.StartedOn, ct)
                                  ?? throw new ProblemException(BuildingsErrors.NoOfficeCountRule, detail: $"{body.StartedOn:yyyy-MM-dd}");
        if (OfficeHolding.Refusal(room.Id, allocation.OrganId, staff.OrganId, staff.ConcurrentPostOrganIds, held.Select(a => (a.RoomId, a.OrganId)).ToList(), counts) is { } refusal)
        {
            throw new ProblemException(refusal, detail: refusal == BuildingsErrors.ThirdOffice ? $"{counts.Max} ({countRule.Source}, {countRule.EffectiveFrom:yyyy-MM-dd})" : null);
        }
        var second = held.Count > 0;
        var standard = second
            ? await SecondOfficeStandardAsync(body, allocation.OrganId, ct)
            : await OfficeStandards.ForAsync(offices, staff.Level, staff.RankCode, organ?.DivisionCode ?? "", body.StartedOn, ct);
        var overStandard = false;
        if (standard is not null)
        {
            // A first office without a standard is reported by the findings, not refused; a second office always has one.
            var occupants = (await offices.ActiveAsync(null, room.Id, null, ct)).Count + 1;
            var share = OfficeShare.PerPerson(room.UsableAreaCenti, occupants);
            var cited = $"({standard.Source}, {standard.EffectiveFrom:yyyy-MM-dd})";
            if (second && OfficeShare.IsOver(share, Area.FromCenti(standard.AreaCenti), secondOffice: true))
            {
                throw new ProblemException(BuildingsErrors.SecondOfficeNotSmaller,
                    detail: $"{OfficeShare.Display(share):0.00} m² ≥ {Area.FromCenti(standard.AreaCenti):0.00} m² {standard.RankCode} {cited}");
            }
            overStandard = !second && OfficeShare.IsOver(share, Area.FromCenti(standard.AreaCenti), secondOffice: false);
            if (overStandard && body.ExceptionApprovalReference is null)
            {
                throw new ProblemException(BuildingsErrors.OverStandard, detail: $"{OfficeShare.Display(share):0.00} m² > {Area.FromCenti(standard.AreaCenti):0.00} m² {cited}");
            }
        }

        var now = clock.UtcNow;
        var row = new AssignmentRow
        {
            Id = ids.NewId(),
            RoomId = room.Id,
            StaffMemberId = staff.Id,
            OrganId = allocation.OrganId,
            AllocationId = allocation.Id,
            IsSecondOffice = second,
            OverStandard = overStandard,
            ExceptionApprovalReference = overStandard ? body.ExceptionApprovalReference : null,
            ConcurrentPostRankCode = second ? body.ConcurrentPostRankCode!.Trim() : null,
            SecondOfficeReason = second ? body.SecondOfficeReason!.Trim() : null,
            SecondOfficeApprovalReference = second ? body.SecondOfficeApprovalReference!.Trim() : null,
            StartedOn = body.StartedOn,
            Status = HoldingStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await offices.InsertAsync(row, ct);
        audit.Record("OfficeAssignment", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        if (overStandard)
        {
            var rule = await recovery.RuleInForceAsync(DeadlineRuleCode.OverStandardRecovery, organ?.DivisionCode, body.StartedOn, ct)
                       ?? throw new ProblemException(BuildingsErrors.NoDeadlineRule, detail: $"{DeadlineRuleCode.OverStandardRecovery} {body.StartedOn:yyyy-MM-dd}");
            // The assignment is the event that opens the case (one case per event and office).
            var opened = await RecoveryCaseOpening.OpenAsync(recovery, audit, ids, clock, row.Id, row, RecoveryReason.OverStandard, body.StartedOn, rule, ct);
            await violations.OverStandardOfficeAsync(row, standard!.Id, opened, ct);
        }
        return row.ToResponse();
    }

    /// <summary>
    /// A second office (B4) needs the concurrent post's rank, the reason and the approval (422 naming what is missing); its
    /// limit is the standard of that rank at the level of the concurrent post's organ (docs/adr/0033), 422 when none is in force.
    /// </summary>
    private async Task<OfficeStandardRow> SecondOfficeStandardAsync(CreateAssignmentRequest body, Guid postOrganId, CancellationToken ct)
    {
        var missing = new (string Name, string? Value)[]
        {
            ("concurrentPostRankCode", body.ConcurrentPostRankCode), ("secondOfficeReason", body.SecondOfficeReason),
            ("secondOfficeApprovalReference", body.SecondOfficeApprovalReference),
        }.Where(m => m.Value is null).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            throw new ProblemException(BuildingsErrors.SecondOfficeIncomplete, detail: string.Join(", ", missing));
        }
        var postOrgan = await mediator.Send(new GetOrganQuery(postOrganId), ct) ?? throw new ProblemException(BuildingsErrors.RoomNotAllocatedToOrgan);
        var rank = body.ConcurrentPostRankCode!.Trim();
        return await OfficeStandards.ForAsync(offices, postOrgan.Level, rank, postOrgan.DivisionCode, body.StartedOn, ct)
               ?? throw new ProblemException(BuildingsErrors.NoStandard, detail: $"{postOrgan.Level} {rank} {body.StartedOn:yyyy-MM-dd}");
    }
}
