using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>A document not handed back by its due date, as of a date, with the rule version that set the date.</summary>
internal sealed record OverdueDocument(OutstandingDocumentRow Row, DateOnly DueOn, int DaysOverdue, bool Locks, Guid RuleVersionId);

/// <summary>
/// The hand-back of travel documents (F10): the rule in force on the return date for the sending organ's jurisdiction gives
/// the due date (calendar days, or working days of the Shared business calendar); documents past it are overdue, and a unit
/// whose document is overdue beyond the rule's lock may not submit a new visit.
/// </summary>
internal sealed class HandBackBook(RuleRepository rules, MemberRepository members, OrganDirectory directory, IBusinessCalendar calendar)
{
    private IReadOnlyList<RuleRow>? _versions;

    /// <summary>The rule in force for a division on a date and its version; null when none is.</summary>
    public async Task<(HandBackRule Rule, Guid VersionId)?> RuleAsync(string? divisionCode, DateOnly on, CancellationToken ct)
    {
        _versions ??= (await rules.VersionsAsync(RuleKinds.Documents, null, ct)).Where(r => r.RuleKey == RuleKinds.HandBackKey).ToList();
        var chain = Jurisdictions.ChainOf(divisionCode);
        return ForeignAffairsRuleTables.HandBack.Effective(_versions.Where(v => chain.Contains(v.Jurisdiction)), divisionCode, on) is { } version
            ? (RuleJson.Read<HandBackRule>(version.Value), version.Id)
            : null;
    }

    /// <summary>The last day to hand back a document of a visit that returned on <paramref name="returnedOn"/>; null when no rule is in force.</summary>
    public async Task<(DateOnly DueOn, HandBackRule Rule, Guid VersionId)?> DueAsync(string? divisionCode, DateOnly returnedOn, CancellationToken ct)
    {
        if (await RuleAsync(divisionCode, returnedOn, ct) is not var (rule, versionId))
        {
            return null;
        }
        var due = rule.WorkingDays
            ? await calendar.AddWorkingDaysAsync(divisionCode ?? Jurisdictions.National, returnedOn, rule.HandBackDays, ct)
            : rule.CalendarDueOn(returnedOn);
        return (due, rule, versionId);
    }

    /// <summary>The documents overdue on <paramref name="today"/>, of one sending organ or of every organ the caller may see.</summary>
    public async Task<IReadOnlyList<OverdueDocument>> OverdueAsync(Guid? organId, DateOnly today, CancellationToken ct)
    {
        var overdue = new List<OverdueDocument>();
        foreach (var row in await members.OutstandingAsync(organId, ct))
        {
            var division = await directory.DivisionCodeAsync(row.OrganId, ct);
            if (await DueAsync(division, row.ReturnedOn, ct) is var (due, rule, versionId) && HandBackRule.DaysOverdue(due, today) is > 0 and var days)
            {
                overdue.Add(new OverdueDocument(row, due, days, rule.Locks(days), versionId));
            }
        }
        return overdue;
    }

    /// <summary>422 naming F10 and the document when the organ has a document overdue beyond its lock on <paramref name="today"/>.</summary>
    public async Task EnsureNotLockedAsync(Guid organId, DateOnly today, CancellationToken ct)
    {
        if ((await OverdueAsync(organId, today, ct)).FirstOrDefault(d => d.Locks) is { } locking)
        {
            throw new ProblemException(ForeignAffairsErrors.DocumentOverdue,
                detail: $"F10: member {locking.Row.Id} of visit {locking.Row.VisitId}, due {locking.DueOn:yyyy-MM-dd}, {locking.DaysOverdue} days overdue");
        }
    }
}
