using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Support;

/// <summary>A period of business dates (both inclusive) as the UTC instants [start of the first day, start of the day after the last).</summary>
internal static class BusinessPeriod
{
    public static (DateTimeOffset From, DateTimeOffset To) Instants(DateOnly from, DateOnly to, BusinessClock clock) => (Start(from, clock), Start(to.AddDays(1), clock));

    private static DateTimeOffset Start(DateOnly day, BusinessClock clock)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
