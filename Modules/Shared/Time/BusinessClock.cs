namespace OrganAffairs.Shared.Time;

public sealed class BusinessTimeOptions
{
    /// <summary>IANA id of the zone in which business dates, deadlines and periods are computed.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>
/// Business dates ("today", "within 1 month", month periods) in the configured zone; instants stay
/// UTC. Every clock read goes through <see cref="TimeProvider"/> so tests can move time.
/// </summary>
public sealed class BusinessClock(TimeProvider clock, BusinessTimeOptions options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public TimeZoneInfo Zone => _zone;

    /// <summary>Now in UTC, truncated to microseconds: the precision PostgreSQL keeps, so a value reads back as written.</summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % 10));
        }
    }

    public DateOnly Today => DateOf(clock.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>Month arithmetic that clamps: 31 January + 1 month = the last day of February.</summary>
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months);
}
