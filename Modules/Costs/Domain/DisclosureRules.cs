namespace OrganAffairs.Costs.Domain;

/// <summary>The disclosure rules (pure): the deadline (T3) and which changes need a reason (T4).</summary>
internal static class DisclosureRules
{
    /// <summary>T3: published within <paramref name="days"/> calendar days of the approval: due on approval + days.</summary>
    public static DateOnly DueOn(DateOnly approvedOn, int days) => approvedOn.AddDays(days);

    /// <summary>Overdue from the day after the due date while unpublished; a pack published after its due date stays overdue.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today, DateOnly? publishedOn) => (publishedOn ?? today) > dueOn;

    /// <summary>The change as a percentage of the previous figure (2 decimals, away from zero); null when there was none.</summary>
    public static decimal? ChangePercent(long previousFen, long currentFen) =>
        previousFen == 0 ? null : decimal.Round((currentFen - previousFen) * 100m / previousFen, 2, MidpointRounding.AwayFromZero);

    /// <summary>T4: a change beyond the threshold (either way) needs a reason; any change from nothing does too.</summary>
    public static bool NeedsReason(long previousFen, long currentFen, decimal thresholdPercent) =>
        previousFen == 0 ? currentFen != 0 : Math.Abs(currentFen - previousFen) * 100m > thresholdPercent * previousFen;
}
