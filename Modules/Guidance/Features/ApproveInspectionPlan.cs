using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Approve an inspection plan (Guidance_ApproveInspectionPlan): the route.</summary>
internal static class ApproveInspectionPlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/{id:guid}/approve", Handle).WithName("Guidance_ApproveInspectionPlan")
            .WithSummary("Approve the year's inspection plan: who approved it and the approval reference (If-Match required; 批准检查计划)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Draft → Approved; `staffMemberId` must be an active staff member the caller " +
                             "sees (400 `guidance.staff-ref-not-found`). An approved plan is 409 `guidance.plan-state`.")
            .Produces<InspectionPlanResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<InspectionPlanResponse>> Handle(Guid id, ApproveInspectionPlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ApproveInspectionPlanCommand(id, ETags.RequireIfMatch(http), body), ct), p => p.Version);
}

internal sealed record ApproveInspectionPlanCommand(Guid Id, IfMatch IfMatch, ApproveInspectionPlanRequest Body) : ICommand<InspectionPlanResponse>;

internal sealed class ApproveInspectionPlanValidator : AbstractValidator<ApproveInspectionPlanCommand>
{
    public ApproveInspectionPlanValidator()
    {
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.Reference).NotEmpty().MaximumLength(200);
    }
}

internal sealed class ApproveInspectionPlanHandler(InspectionRepository repo, IMediator mediator, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ApproveInspectionPlanCommand, InspectionPlanResponse>
{
    public async Task<InspectionPlanResponse> Handle(ApproveInspectionPlanCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await repo.GetPlanAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.PlanNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.Status != nameof(InspectionPlanStatus.Draft))
        {
            throw new ProblemException(GuidanceErrors.PlanState, detail: row.Status);
        }
        var staff = await mediator.Send(new GetStaffMemberQuery(command.Body.StaffMemberId), ct);
        if (staff is not { Status: StaffStatus.Active })
        {
            throw ProblemException.ForField(GuidanceErrors.StaffRefNotFound, "staffMemberId");
        }
        var before = row.ToResponse();
        row.Status = nameof(InspectionPlanStatus.Approved);
        row.ApprovedBy = staff.Id;
        row.ApprovalReference = command.Body.Reference.Trim();
        row.ApprovedAt = clock.UtcNow;
        row.Version = expected + 1;
        if (!await repo.UpdatePlanAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("InspectionPlan", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }
}
