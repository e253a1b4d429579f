using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The workflow steps of a visit after its draft.</summary>
internal enum VisitStep { Submit, Approve, Reject, Depart, Return, Report, Close }

/// <summary>
/// The one command behind the routes SubmitVisit, ApproveVisit, RejectVisit, DepartVisit, ReturnVisit, ReportVisit
/// and CloseVisit. <paramref name="Text"/> is the approval number, the rejection reason or the report summary;
/// <paramref name="On"/> the approval or return date.
/// </summary>
internal sealed record AdvanceVisitCommand(Guid Id, VisitStep Step, string? Text = null, DateOnly? On = null) : ICommand<VisitResponse>;

internal sealed class AdvanceVisitValidator : AbstractValidator<AdvanceVisitCommand>
{
    public AdvanceVisitValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(100).When(c => c.Step == VisitStep.Approve).OverridePropertyName("approvalNumber");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(500).When(c => c.Step == VisitStep.Reject).OverridePropertyName("reason");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).When(c => c.Step == VisitStep.Report).OverridePropertyName("summary");
        RuleFor(c => c.On).NotEmpty().When(c => c.Step == VisitStep.Approve).OverridePropertyName("approvedOn");
        RuleFor(c => c.On).NotEmpty().When(c => c.Step == VisitStep.Return).OverridePropertyName("returnedOn");
    }
}

internal sealed class AdvanceVisitHandler(VisitRepository visits, MemberRepository members, VisitRuleBook rules, PlanBook plans, HandBackBook handBack, DeadlineBook deadlines, OrganDirectory directory, Violations violations, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<AdvanceVisitCommand, VisitResponse>
{
    public async Task<VisitResponse> Handle(AdvanceVisitCommand command, CancellationToken ct)
    {
        var row = await visits.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        var (from, to) = command.Step switch
        {
            VisitStep.Submit => (VisitStatus.Draft, VisitStatus.Submitted),
            VisitStep.Approve => (VisitStatus.Submitted, VisitStatus.Approved),
            VisitStep.Reject => (VisitStatus.Submitted, VisitStatus.Rejected),
            VisitStep.Depart => (VisitStatus.Approved, VisitStatus.Travelling),
            VisitStep.Return => (VisitStatus.Travelling, VisitStatus.Returned),
            VisitStep.Report => (VisitStatus.Returned, VisitStatus.Reported),
            _ => (VisitStatus.Reported, VisitStatus.Closed),
        };
        if (row.Status != from)
        {
            throw new ProblemException(ForeignAffairsErrors.VisitState, detail: $"{row.Status} → {to}");
        }
        var regions = await rules.NationalRegionsAsync(clock.Today, ct);
        var before = row.ToResponse(regions);
        var expected = row.Version;
        switch (command.Step)
        {
            case VisitStep.Submit:
                var limits = await CheckAsync(rules, mediator, row, await OrgansOfMembersAsync(members, mediator, row.Id, ct), clock.Today, ct);
                await rules.EnsureWithinYearlyTripsAsync(row.Id, row.Fields(), limits.Limits, lockPersons: false, ct);
                await handBack.EnsureNotLockedAsync(row.OrganId, clock.Today, ct);
                await deadlines.EnsurePublishedAsync(row, await directory.DivisionCodeAsync(row.OrganId, ct), clock.Today, ct);
                break;
            case VisitStep.Approve:
                // The approval date picks the rule version; the visit keeps it.
                var applied = await CheckAsync(rules, mediator, row, await OrgansOfMembersAsync(members, mediator, row.Id, ct), command.On!.Value, ct);
                row.RuleVersionId = applied.VersionId;
                await plans.ConsumeAsync(row.OrganId, row.DepartsOn.Year, before.Visit.Members.Count, ct);
                // Under the members' person-year locks (after the plan row's): approvals of any organ sharing a person are serialised.
                await rules.EnsureWithinYearlyTripsAsync(row.Id, row.Fields(), applied.Limits, lockPersons: true, ct);
                row.ApprovalNumber = command.Text!.Trim();
                row.ApprovedOn = command.On;
                break;
            case VisitStep.Reject:
                row.Reason = command.Text!.Trim();
                break;
            case VisitStep.Return:
                row.ReturnedOn = command.On!.Value >= row.DepartsOn
                    ? command.On
                    : throw ProblemException.ForField(ForeignAffairsErrors.ReturnBeforeDeparture, "returnedOn");
                break;
            case VisitStep.Report:
                row.ReportSummary = command.Text!.Trim();
                await violations.CloseOpenAsync(Duty.ForeignAffairs, LateReportSweep.Kind, row.Id, clock.Today, ViolationCloseReason.Corrected, "report recorded", ct);
                break;
        }
        row.Status = to;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await visits.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse(regions);
        audit.Record("ForeignAffairsVisit", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }

    /// <summary>
    /// The limits in force for the visit's organ on the date (422 naming the rule); the version that applied and its limits.
    /// <paramref name="organsOfMembers"/> gives each member's own organ (the leadership-team check, F12).
    /// </summary>
    internal static async Task<(Guid VersionId, OutboundLimits Limits)> CheckAsync(
        VisitRuleBook rules, IMediator mediator, VisitRow row, IReadOnlyDictionary<Guid, Guid?> organsOfMembers, DateOnly on, CancellationToken ct)
    {
        var organ = await OrganReferences.ActiveAsync(mediator, row.OrganId, "organId", ForeignAffairsErrors.OrganRefNotFound, ct);
        var fields = row.Fields();
        var travellers = fields.Members.Select(m => new Traveller(m.StaffMemberId, organsOfMembers.GetValueOrDefault(m.StaffMemberId), m.LeadershipTeam)).ToList();
        return await rules.EnsureAllowedAsync(fields, travellers, organ.DivisionCode, on, ct);
    }

    /// <summary>
    /// Each member's own organ as recorded on the member row; rows copied by M0004 have none, and the staff member's current organ
    /// stands in (at most 50 members: one Contracts query each, only for those rows).
    /// </summary>
    internal static async Task<IReadOnlyDictionary<Guid, Guid?>> OrgansOfMembersAsync(MemberRepository members, IMediator mediator, Guid visitId, CancellationToken ct)
    {
        var organs = new Dictionary<Guid, Guid?>();
        foreach (var member in await members.OfVisitsAsync([visitId], ct))
        {
            organs[member.StaffMemberId] = member.OrganId ?? (await mediator.Send(new GetStaffMemberQuery(member.StaffMemberId), ct))?.OrganId;
        }
        return organs;
    }
}
