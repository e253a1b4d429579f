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

/// <summary>Create an inspection campaign (Guidance_CreateCampaign): the route.</summary>
internal static class CreateCampaign
{
    public const int MaxUnits = 500;
    public const int MaxInspectors = 200;
    public const int MaxItems = 50;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapPost("/", Handle).WithName("Guidance_CreateCampaign")
            .WithSummary("Create an inspection campaign under an approved plan: scope, candidates and checklist (检查活动)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). The plan must exist (400 `guidance.plan-ref-not-found`) and be approved (409 " +
                             "`guidance.plan-not-approved`). Candidate units (1–500, distinct) are lower-level bureaus or organs, each active and visible " +
                             "(400 `guidance.unit-ref-not-found`); candidate inspectors (1–200, distinct) are staff members with a rank today (400 " +
                             "`guidance.staff-ref-not-found`). The checklist is a seeded template (`checklistTemplate`, 400 " +
                             "`guidance.checklist-template-ref-not-found`) or its own items (1–50, distinct codes, each with a numbered rule id), not both " +
                             "(400 `guidance.checklist-invalid`). The candidate lists are recorded for the draw. Accepts Idempotency-Key.")
            .Produces<CampaignResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<CampaignResponse>> Handle(CreateCampaignRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var campaign = await mediator.Send(new CreateCampaignCommand(body), ct);
        return ETags.Created(http, $"{GuidanceEndpoints.Root}/campaigns/{campaign.Id}", campaign, c => c.Version);
    }
}

internal sealed record CreateCampaignCommand(CreateCampaignRequest Body) : ICommand<CampaignResponse>;

internal sealed class CreateCampaignValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignValidator()
    {
        RuleFor(c => c.Body.PlanId).NotEmpty();
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Duties).NotEmpty().Must(d => d.Distinct().Count() == d.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
        RuleForEach(c => c.Body.Duties).IsInEnum();
        RuleFor(c => c.Body.UnitCandidateIds).NotEmpty().Must(ids => ids.Count <= CreateCampaign.MaxUnits)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.UnitCandidateIds).Must(ids => ids.Distinct().Count() == ids.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
        RuleForEach(c => c.Body.UnitCandidateIds).NotEmpty();
        RuleFor(c => c.Body.InspectorCandidateIds).NotEmpty().Must(ids => ids.Count <= CreateCampaign.MaxInspectors)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.InspectorCandidateIds).Must(ids => ids.Distinct().Count() == ids.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
        RuleForEach(c => c.Body.InspectorCandidateIds).NotEmpty();
        RuleFor(c => c.Body.ChecklistTemplate).MaximumLength(60);
        RuleFor(c => c.Body).Must(b => (b.ChecklistTemplate is null) != (b.Checklist is null)).OverridePropertyName("checklist")
            .WithErrorCode(GuidanceErrors.ChecklistInvalid.Code).WithMessage(_ => GuidanceErrors.ChecklistInvalid.Title);
        RuleFor(c => c.Body.Checklist).Must(items => items is null || (items.Count is >= 1 and <= CreateCampaign.MaxItems
                && items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() == items.Count))
            .WithErrorCode(GuidanceErrors.ChecklistInvalid.Code).WithMessage(_ => GuidanceErrors.ChecklistInvalid.Title);
        RuleForEach(c => c.Body.Checklist).ChildRules(item =>
        {
            item.RuleFor(i => i.Code).NotEmpty().Must(ReportTypeCodes.IsCode)
                .WithErrorCode(GuidanceErrors.ChecklistInvalid.Code).WithMessage(_ => GuidanceErrors.ChecklistInvalid.Title);
            item.RuleFor(i => i.Title).NotEmpty().MaximumLength(200);
            item.RuleFor(i => i.RuleId).NotEmpty().Must(FindingRules.IsRuleId)
                .WithErrorCode(GuidanceErrors.RuleIdInvalid.Code).WithMessage(_ => GuidanceErrors.RuleIdInvalid.Title);
            item.RuleFor(i => i.Source).MaximumLength(500);
        });
    }
}

internal sealed class CreateCampaignHandler(
    InspectionRepository repo, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateCampaignCommand, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(CreateCampaignCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var plan = await repo.GetPlanAsync(b.PlanId, ct) ?? throw ProblemException.ForField(GuidanceErrors.PlanRefNotFound, "planId");
        if (plan.Status != nameof(InspectionPlanStatus.Approved))
        {
            throw new ProblemException(GuidanceErrors.PlanNotApproved);
        }
        IReadOnlyList<ChecklistItem> checklist;
        if (b.ChecklistTemplate is { } template)
        {
            var items = await repo.TemplateAsync(template, ct);
            checklist = items.Count > 0
                ? items.Select(i => new ChecklistItem(i.ItemCode, i.Title, i.RuleId, i.Source)).ToList()
                : throw ProblemException.ForField(GuidanceErrors.ChecklistTemplateRefNotFound, "checklistTemplate");
        }
        else
        {
            checklist = b.Checklist!.Select(i => new ChecklistItem(i.Code, i.Title.Trim(), i.RuleId, string.IsNullOrWhiteSpace(i.Source) ? null : i.Source.Trim())).ToList();
        }
        var organs = await mediator.Send(new GetOrgansByIdQuery(b.UnitCandidateIds), ct);
        for (var i = 0; i < b.UnitCandidateIds.Count; i++)
        {
            if (!organs.TryGetValue(b.UnitCandidateIds[i], out var organ) || organ.Status != OrganStatus.Active)
            {
                throw ProblemException.ForField(GuidanceErrors.UnitRefNotFound, $"unitCandidateIds[{i}]");
            }
        }
        var staff = await mediator.Send(new GetStaffAsOfQuery(b.InspectorCandidateIds, clock.Today), ct);
        for (var i = 0; i < b.InspectorCandidateIds.Count; i++)
        {
            if (!staff.ContainsKey(b.InspectorCandidateIds[i]))
            {
                throw ProblemException.ForField(GuidanceErrors.StaffRefNotFound, $"inspectorCandidateIds[{i}]");
            }
        }
        var row = new CampaignRow
        {
            Id = ids.NewId(), PlanId = plan.Id, Title = b.Title.Trim(), Duties = InspectionMapping.WriteDuties(b.Duties), Checklist = InspectionMapping.Write(checklist),
            Inspectors = InspectionMapping.Write(b.InspectorCandidateIds.Select(id => new InspectorEntry(id, null, null)).ToList()),
            Status = nameof(CampaignStatus.Planned), CreatedAt = clock.UtcNow, Version = 1,
        };
        var units = b.UnitCandidateIds.Select(id => new CampaignUnitRow { CampaignId = row.Id, OrganId = id, DivisionCode = organs[id].DivisionCode })
            .OrderBy(u => u.OrganId).ToList();
        await repo.InsertCampaignAsync(row, units, ct);
        var response = await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
        audit.Record("InspectionCampaign", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
