using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Buildings.Support;

/// <summary>
/// Which organs owe a yearly publication and filing (B9) and where each stands: every organ holding an
/// allocation at the year's end (today while the year runs), and every organ that submitted; the due date
/// is the PublicationDue / FilingDue deadline rule in force on 31 December for the organ's division.
/// </summary>
internal sealed class AnnualObligations(IMediator mediator, AllocationRepository allocations, AnnualSubmissionRepository submissions, RecoveryRepository recovery)
{
    public static DeadlineRuleCode RuleCode(AnnualObligation kind) => kind == AnnualObligation.Filing ? DeadlineRuleCode.FilingDue : DeadlineRuleCode.PublicationDue;

    /// <summary>The deadline rule version and due date of one obligation, or null when no rule is in force for the year.</summary>
    public async Task<(DeadlineRuleRow Rule, DateOnly DueOn)?> DueAsync(AnnualObligation kind, string divisionCode, int year, CancellationToken ct) =>
        await recovery.RuleInForceAsync(RuleCode(kind), divisionCode, new DateOnly(year, 12, 31), ct) is { } rule ? (rule, AnnualDue.DueOn(year, rule.Months)) : null;

    public async Task<IReadOnlyList<AnnualSubmissionResponse>> OfYearAsync(int year, Guid? organId, DateOnly today, CancellationToken ct)
    {
        var asOf = ReportYear.AsOf(year, today);
        var submitted = await submissions.OfYearAsync(year, organId, ct);
        var organIds = (await allocations.OfOrgansAsync(organId is { } id ? [id] : null, ct)).Where(a => a.HoldsOn(asOf)).Select(a => a.OrganId)
            .Concat(submitted.Select(s => s.OrganId)).Distinct().ToList();
        var organs = await mediator.Send(new GetOrgansByIdQuery(organIds), ct);
        var dues = new Dictionary<(AnnualObligation, string), (DeadlineRuleRow Rule, DateOnly DueOn)?>();
        var result = new List<AnnualSubmissionResponse>();
        foreach (var organ in organs.Values.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id))
        {
            foreach (var kind in Enum.GetValues<AnnualObligation>())
            {
                var row = submitted.FirstOrDefault(s => s.OrganId == organ.Id && s.Kind == kind);
                if (!dues.TryGetValue((kind, organ.DivisionCode), out var due))
                {
                    dues[(kind, organ.DivisionCode)] = due = await DueAsync(kind, organ.DivisionCode, year, ct);
                }
                var (ruleId, dueOn) = row is not null ? (row.RuleId, row.DueOn) : due is { } d ? (d.Rule.Id, d.DueOn) : (Guid.Empty, default);
                if (ruleId == Guid.Empty)
                {
                    continue; // no obligation under the measures for that year (no rule in force)
                }
                result.Add(new AnnualSubmissionResponse(organ.Id, year, kind, dueOn, ruleId, AnnualDue.Status(dueOn, row?.SubmittedOn, today), row?.Id, row?.SubmittedOn,
                    row?.Reference));
            }
        }
        return result;
    }
}
