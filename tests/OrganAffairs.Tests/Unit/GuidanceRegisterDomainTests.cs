using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The register's timers (RuleDocumentTimers) at their boundaries, trial versions and the absence of a rule.</summary>
public sealed class GuidanceRegisterDomainTests
{
    private static readonly DocumentTimers Normative = new(null, 7, null, null, 5, 2, 6);
    private static readonly DocumentTimers Regulation = new(30, null, 30, 30, null, null, null);
    private static readonly DateOnly Published = new(2027, 1, 6);

    [Fact]
    public void A_trial_version_is_valid_two_years_and_a_full_one_five_counted_from_the_effective_date()
    {
        var effective = new DateOnly(2027, 1, 1);
        Assert.Equal(new DateOnly(2028, 12, 31), RuleDocumentTimers.LatestExpiry(Normative, trial: true, effective));
        Assert.Equal(new DateOnly(2031, 12, 31), RuleDocumentTimers.LatestExpiry(Normative, trial: false, effective));
        Assert.Null(RuleDocumentTimers.LatestExpiry(Regulation, trial: false, effective));
        Assert.Null(RuleDocumentTimers.LatestExpiry(null, trial: true, effective));

        Assert.Equal(PublicationProblem.ValidityTooLong,
            RuleDocumentTimers.Publish(Normative, true, null, new DateOnly(2026, 12, 20), effective, new DateOnly(2029, 1, 1), false).Problem);
        var (problem, dates) = RuleDocumentTimers.Publish(Normative, true, null, new DateOnly(2026, 12, 20), effective, new DateOnly(2028, 12, 31), false);
        Assert.Equal((PublicationProblem.None, new DateOnly(2028, 6, 30)), (problem, dates!.EvaluationDueOn!.Value));
    }

    [Fact]
    public void The_delay_to_effect_counts_from_publication_and_an_exemption_lifts_it()
    {
        Assert.Equal(PublicationProblem.EffectiveTooSoon, RuleDocumentTimers.Publish(Regulation, false, null, Published, Published.AddDays(29), null, false).Problem);
        Assert.Equal(PublicationProblem.None, RuleDocumentTimers.Publish(Regulation, false, null, Published, Published.AddDays(30), null, false).Problem);
        Assert.Equal(PublicationProblem.None, RuleDocumentTimers.Publish(Regulation, false, null, Published, Published, null, true).Problem);
        Assert.Equal(PublicationProblem.None, RuleDocumentTimers.Publish(null, false, null, Published, Published, null, false).Problem);
        Assert.Equal(Published.AddDays(30), RuleDocumentTimers.Publish(Regulation, false, null, Published, Published.AddDays(30), null, false).Dates!.FilingDueOn);
    }

    [Fact]
    public void A_consultation_ends_before_publication_and_its_window_counts_both_ends()
    {
        Assert.Equal(PublicationProblem.ConsultationNotEnded, RuleDocumentTimers.Publish(null, false, Published, Published, Published, null, false).Problem);
        Assert.Equal(PublicationProblem.None, RuleDocumentTimers.Publish(null, false, Published.AddDays(-1), Published, Published, null, false).Problem);
        Assert.Equal(new DateOnly(2026, 6, 30), RuleDocumentTimers.EarliestCalendarEnd(Regulation, new DateOnly(2026, 6, 1)));
        Assert.Null(RuleDocumentTimers.EarliestCalendarEnd(Normative, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Reminders_fall_due_by_the_horizon_and_only_while_published_or_in_force()
    {
        var today = new DateOnly(2027, 2, 5);
        Assert.Equal([DocumentReminderKind.FilingDue],
            RuleDocumentTimers.Due(RuleDocumentStatus.InForce, null, today, null, null, null, null, today, today).Select(d => d.Kind));
        Assert.Empty(RuleDocumentTimers.Due(RuleDocumentStatus.InForce, null, today.AddDays(1), null, null, null, null, today, today));
        Assert.Empty(RuleDocumentTimers.Due(RuleDocumentStatus.InForce, null, today, today, null, null, null, today, today));
        Assert.Empty(RuleDocumentTimers.Due(RuleDocumentStatus.Repealed, null, today, null, today, null, today, today, today));
        Assert.Equal([DocumentReminderKind.EvaluationDue, DocumentReminderKind.Expires],
            RuleDocumentTimers.Due(RuleDocumentStatus.Published, null, null, null, today, null, today.AddDays(30), today, today.AddDays(30)).Select(d => d.Kind));
        Assert.Equal([DocumentReminderKind.ConsultationEnds],
            RuleDocumentTimers.Due(RuleDocumentStatus.Consultation, today, null, null, null, null, null, today, today).Select(d => d.Kind));
    }
}
