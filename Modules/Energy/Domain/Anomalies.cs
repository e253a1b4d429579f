namespace OrganAffairs.Energy.Domain;

/// <summary>A month's use against the same month a year before.</summary>
internal static class YearOverYear
{
    /// <summary>The change in percent, exact; null when last year had no use (no basis to compare with).</summary>
    public static decimal? ChangePercent(long now, long before) => before <= 0 ? null : (now - before) * 100m / before;

    /// <summary>Compared exactly; only the answer is rounded (20.001% is beyond a 20% threshold).</summary>
    public static bool Beyond(decimal change, decimal threshold) => Math.Abs(change) > threshold;
}

/// <summary>How long an active meter has sent nothing.</summary>
internal static class MeterSilence
{
    /// <summary>Whole days since the last reading (since installation when there is none), rounded down.</summary>
    public static int Days(DateTimeOffset now, DateTimeOffset? lastReadAt, DateTimeOffset installedAt) => (int)(now - (lastReadAt ?? installedAt)).TotalDays;
}
