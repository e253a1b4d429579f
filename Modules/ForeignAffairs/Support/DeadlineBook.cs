using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// The visit deadlines in force for a division on a date (the most specific version along its chain), on the Shared business
/// calendar: the end of the pre-trip publication (F9) and the post-trip report's due date (F6).
/// </summary>
internal sealed class DeadlineBook(RuleRepository rules, IBusinessCalendar calendar)
{
    private IReadOnlyList<RuleRow>? _versions;

    public async Task<(VisitDeadlines Deadlines, Guid VersionId)?> InForceAsync(string? divisionCode, DateOnly on, CancellationToken ct)
    {
        _versions ??= (await rules.VersionsAsync(RuleKinds.Deadlines, null, ct)).Where(r => r.RuleKey == RuleKinds.VisitKey).ToList();
        var chain = Jurisdictions.ChainOf(divisionCode);
        return ForeignAffairsRuleTables.Deadlines.Effective(_versions.Where(v => chain.Contains(v.Jurisdiction)), divisionCode, on) is { } version
            ? (RuleJson.Read<VisitDeadlines>(version.Value), version.Id)
            : null;
    }

    /// <summary>422 naming F9 when the rules in force today ask for a publication that has not started or not lasted its working days.</summary>
    public async Task EnsurePublishedAsync(VisitRow visit, string? divisionCode, DateOnly today, CancellationToken ct)
    {
        if (await InForceAsync(divisionCode, today, ct) is not ({ PublicationWorkingDays: { } days }, _))
        {
            return;
        }
        if (visit.PublicationStartsOn is not { } starts)
        {
            throw new ProblemException(ForeignAffairsErrors.PublicationWindow, detail: $"F9: no publication; {days} working days required");
        }
        // The first day is not counted: submission is possible from the N-th working day after it.
        var ends = await calendar.AddWorkingDaysAsync(divisionCode ?? Jurisdictions.National, starts, days, ct);
        if (today < ends)
        {
            throw new ProblemException(ForeignAffairsErrors.PublicationWindow, detail: $"F9: published {starts:yyyy-MM-dd}, {days} working days, submission from {ends:yyyy-MM-dd}");
        }
    }

    /// <summary>The post-trip report's due date under the rules in force on the return date, with their version; null when none sets one.</summary>
    public async Task<(DateOnly DueOn, Guid VersionId)?> ReportDueAsync(string? divisionCode, DateOnly returnedOn, CancellationToken ct)
    {
        if (await InForceAsync(divisionCode, returnedOn, ct) is not ({ ReportDays: { } days } deadlines, var versionId))
        {
            return null;
        }
        var due = deadlines.ReportInWorkingDays
            ? await calendar.AddWorkingDaysAsync(divisionCode ?? Jurisdictions.National, returnedOn, days, ct)
            : returnedOn.AddDays(days);
        return (due, versionId);
    }
}
