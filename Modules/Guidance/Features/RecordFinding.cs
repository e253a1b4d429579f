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

/// <summary>Record a finding of a visit (Guidance_RecordFinding): the route.</summary>
internal static class RecordFinding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapPost("/{id:guid}/findings", Handle).WithName("Guidance_RecordFinding")
            .WithSummary("Record a finding of a visit to a drawn unit; it opens a violation and gets its rectification deadline (检查发现问题)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). The campaign must be Drawn or Published (409 `guidance.campaign-state`); " +
                             "`organId` one of its drawn units (400 `guidance.unit-not-drawn`), `itemCode` an item of its checklist (400 " +
                             "`guidance.item-ref-not-found`), each of `inspectorIds` a drawn inspector (400 `guidance.inspector-not-drawn`), `visitedOn` not " +
                             "before the draw nor after today (400 `guidance.visit-date-invalid`). `ruleId` defaults to the item's rule. The deadline is the " +
                             "rectification rule's N working days by severity after today, with the version in force today along the top bureau's " +
                             "jurisdiction (422 `guidance.rectification-rule-missing` without one). The finding opens a `guidance.inspection-finding` " +
                             "violation on the ledger (rule: the violated rule id; due: the deadline). Accepts Idempotency-Key.")
            .Produces<FindingResponse>(StatusCodes.Status201Created).CreateProblems(403, 404)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<FindingResponse>> Handle(Guid id, RecordFindingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var finding = await mediator.Send(new RecordFindingCommand(id, body), ct);
        return ETags.Created(http, $"{GuidanceEndpoints.Root}/findings/{finding.Id}", finding, f => f.Version);
    }
}

internal sealed record RecordFindingCommand(Guid CampaignId, RecordFindingRequest Body) : ICommand<FindingResponse>;

internal sealed class RecordFindingValidator : AbstractValidator<RecordFindingCommand>
{
    public RecordFindingValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.ItemCode).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Severity).IsInEnum();
        RuleFor(c => c.Body.RuleId).Must(r => r is null || FindingRules.IsRuleId(r))
            .WithErrorCode(GuidanceErrors.RuleIdInvalid.Code).WithMessage(_ => GuidanceErrors.RuleIdInvalid.Title);
        RuleFor(c => c.Body.EvidenceReference).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Description).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Body.VisitedOn).NotEmpty();
        RuleFor(c => c.Body.InspectorIds).NotEmpty().Must(ids => ids.Count <= CreateCampaign.MaxInspectors && ids.Distinct().Count() == ids.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
    }
}

internal sealed class RecordFindingHandler(
    InspectionRepository repo, GuidanceRuleRepository rules, OrganDirectory directory, BureauOrgan topBureau, IBusinessCalendar calendar, Violations violations,
    OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordFindingCommand, FindingResponse>
{
    public async Task<FindingResponse> Handle(RecordFindingCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var campaign = await repo.GetVisibleCampaignAsync(command.CampaignId, ct) ?? throw new ProblemException(GuidanceErrors.CampaignNotFound);
        if (campaign.Status == nameof(CampaignStatus.Planned))
        {
            throw new ProblemException(GuidanceErrors.CampaignState, detail: campaign.Status);
        }
        var unit = (await repo.UnitsAsync(campaign.Id, ct)).FirstOrDefault(u => u.OrganId == b.OrganId && u.DrawnRank is not null)
            ?? throw ProblemException.ForField(GuidanceErrors.UnitNotDrawn, "organId");
        var item = InspectionMapping.Read<List<ChecklistItem>>(campaign.Checklist).FirstOrDefault(i => i.Code == b.ItemCode)
            ?? throw ProblemException.ForField(GuidanceErrors.ItemRefNotFound, "itemCode");
        var drawn = InspectionMapping.Read<List<InspectorEntry>>(campaign.Inspectors).Where(i => i.DrawnRank is not null).Select(i => i.Id).ToHashSet();
        for (var i = 0; i < b.InspectorIds.Count; i++)
        {
            if (!drawn.Contains(b.InspectorIds[i]))
            {
                throw ProblemException.ForField(GuidanceErrors.InspectorNotDrawn, $"inspectorIds[{i}]");
            }
        }
        var today = clock.Today;
        var drawnOn = clock.DateOf(campaign.DrawnAt!.Value);
        if (b.VisitedOn > today || b.VisitedOn < drawnOn)
        {
            throw ProblemException.ForField(GuidanceErrors.VisitDateInvalid, "visitedOn");
        }
        var top = topBureau.Id is { } t ? await directory.DivisionCodeAsync(t, ct) : null;
        var rule = await InspectionRules.InForceAsync(rules, b.Severity, top, today, ct) ?? throw new ProblemException(GuidanceErrors.RectificationRuleMissing);
        var workingDays = GuidanceRuleTables.Read<ReportDueValue>(rule.Value).WorkingDays;
        var dueOn = await calendar.AddWorkingDaysAsync(top ?? Jurisdictions.National, today, workingDays, ct);
        var row = new FindingRow
        {
            Id = ids.NewId(), CampaignId = campaign.Id, OrganId = unit.OrganId, DivisionCode = unit.DivisionCode, ItemCode = item.Code,
            Severity = b.Severity.ToString(), RuleId = b.RuleId ?? item.RuleId, EvidenceReference = b.EvidenceReference.Trim(), Description = b.Description.Trim(),
            VisitedOn = b.VisitedOn, InspectorIds = InspectionMapping.Write(b.InspectorIds), OpenedOn = today, DueOn = dueOn, RuleVersionId = rule.Id,
            WorkingDays = workingDays, Status = nameof(FindingStatus.Open), Version = 1, UpdatedAt = clock.UtcNow,
        };
        await repo.InsertFindingAsync(row, ct);
        await violations.OpenOnceAsync(new ViolationFinding(Duty.Guidance, InspectionRules.FindingKind, row.Id, row.OrganId, row.RuleId, null, today, dueOn), ct);
        var response = row.ToResponse(today);
        audit.Record("InspectionFinding", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
