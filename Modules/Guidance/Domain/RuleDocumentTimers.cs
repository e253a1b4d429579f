using OrganAffairs.Contracts.Guidance;

namespace OrganAffairs.Guidance.Domain;

/// <summary>The value of a document type's timer rule version (guidance_rule, kind <c>document-timers</c>); a null member is no timer.</summary>
internal sealed record DocumentTimers(
    int? ConsultationDays, int? ConsultationWorkingDays, int? MinDaysToEffect, int? FilingDays, int? ValidityYears, int? TrialValidityYears,
    int? EvaluationMonthsBeforeExpiry);

/// <summary>What went wrong with a publication against the timers.</summary>
internal enum PublicationProblem
{
    None,
    ConsultationNotEnded,
    EffectiveTooSoon,
    ValidityTooLong,
}

/// <summary>The dates a publication sets, when it passes.</summary>
internal sealed record PublicationDates(DateOnly? ExpiresOn, DateOnly? FilingDueOn, DateOnly? EvaluationDueOn);

/// <summary>
/// The register's timers (DOMAIN "Rules and systems register"; 规章制定程序条例 2017, 国办发〔2018〕37号 and local rules): the
/// consultation's minimum window, the delay from publication to effect, the filing deadline, the validity and the evaluation
/// before expiry. Windows count both ends: a 30-day consultation from 1 June ends on 30 June at the earliest.
/// </summary>
internal static class RuleDocumentTimers
{
    /// <summary>The earliest last day of a consultation from its first day in calendar days, or null without that timer.</summary>
    public static DateOnly? EarliestCalendarEnd(DocumentTimers? timers, DateOnly startsOn) =>
        timers?.ConsultationDays is { } days ? startsOn.AddDays(days - 1) : null;

    /// <summary>The last valid day a publication may give: the validity from the effective date, or null without one.</summary>
    public static DateOnly? LatestExpiry(DocumentTimers? timers, bool trial, DateOnly effectiveOn) =>
        (trial ? timers?.TrialValidityYears ?? timers?.ValidityYears : timers?.ValidityYears) is { } years ? effectiveOn.AddYears(years).AddDays(-1) : null;

    /// <summary>Checks a publication and gives the dates it sets.</summary>
    /// <param name="consultationEndsOn">The consultation's last day, when the document was in consultation.</param>
    public static (PublicationProblem Problem, PublicationDates? Dates) Publish(
        DocumentTimers? timers, bool trial, DateOnly? consultationEndsOn, DateOnly publishedOn, DateOnly effectiveOn, DateOnly? expiresOn, bool delayExempt)
    {
        if (consultationEndsOn is { } ends && publishedOn <= ends)
        {
            return (PublicationProblem.ConsultationNotEnded, null);
        }
        if (!delayExempt && timers?.MinDaysToEffect is { } delay && effectiveOn < publishedOn.AddDays(delay))
        {
            return (PublicationProblem.EffectiveTooSoon, null);
        }
        var latest = LatestExpiry(timers, trial, effectiveOn);
        if (latest is { } max && expiresOn is { } given && given > max)
        {
            return (PublicationProblem.ValidityTooLong, null);
        }
        var expiry = expiresOn ?? latest;
        var filingDue = timers?.FilingDays is { } filing ? publishedOn.AddDays(filing) : (DateOnly?)null;
        var evaluationDue = expiry is { } e && timers?.EvaluationMonthsBeforeExpiry is { } months ? e.AddMonths(-months) : (DateOnly?)null;
        return (PublicationProblem.None, new PublicationDates(expiry, filingDue, evaluationDue));
    }

    /// <summary>
    /// The reminders of one document due by the horizon, with their due day and whether it has passed undone (an expiry is never
    /// overdue: it just happens), given its state today.
    /// </summary>
    public static IEnumerable<(DocumentReminderKind Kind, DateOnly DueOn, bool Overdue)> Due(
        RuleDocumentStatus status, DateOnly? consultationEndsOn, DateOnly? filingDueOn, DateOnly? filedOn, DateOnly? evaluationDueOn, DateOnly? evaluatedOn,
        DateOnly? expiresOn, DateOnly today, DateOnly horizon)
    {
        if (status == RuleDocumentStatus.Consultation && consultationEndsOn is { } ends && ends <= horizon)
        {
            yield return (DocumentReminderKind.ConsultationEnds, ends, ends < today);
        }
        if (status is not (RuleDocumentStatus.Published or RuleDocumentStatus.InForce))
        {
            yield break;
        }
        if (filingDueOn is { } filing && filedOn is null && filing <= horizon)
        {
            yield return (DocumentReminderKind.FilingDue, filing, filing < today);
        }
        if (evaluationDueOn is { } evaluation && evaluatedOn is null && evaluation <= horizon)
        {
            yield return (DocumentReminderKind.EvaluationDue, evaluation, evaluation < today);
        }
        if (expiresOn is { } expiry && expiry >= today && expiry <= horizon)
        {
            yield return (DocumentReminderKind.Expires, expiry, false);
        }
    }
}
