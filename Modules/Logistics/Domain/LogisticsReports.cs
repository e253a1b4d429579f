namespace OrganAffairs.Logistics.Domain;

/// <summary>What the open-orders report knows of one open work order.</summary>
internal sealed record OpenOrderFacts(Guid Id, DateTimeOffset RaisedAt, DateTimeOffset? RespondDueAt, DateTimeOffset? OnSiteAt, DateTimeOffset? ResolveDueAt);

/// <summary>What the SLA report knows of one work order: each target (present or not), whether it was met by a step, and the recorded breach.</summary>
internal sealed record SlaFacts(bool HasRespond, bool Responded, bool RespondBreached, bool HasResolve, bool Resolved, bool ResolveBreached);

/// <summary>One clock's tally: orders judged (met or breached), met, breached, and the met share.</summary>
internal sealed record SlaTally(int Judged, int Met, int Breached, decimal? MetPercent);

/// <summary>The reports' arithmetic, pure.</summary>
internal static class LogisticsReports
{
    /// <summary>
    /// An open order is overdue at <paramref name="now"/> when a deadline has passed that it has not met: the response one while
    /// nobody is on site, or the resolution one (an open order is unresolved). Met at the deadline itself, overdue a moment after
    /// (as the clock's breach). On hold the deadlines are null (the clock is stopped), so a held order is never overdue.
    /// </summary>
    public static bool IsOverdue(OpenOrderFacts o, DateTimeOffset now) =>
        (o.RespondDueAt is { } respond && o.OnSiteAt is null && now > respond) || (o.ResolveDueAt is { } resolve && now > resolve);

    /// <summary>Whole days the order has been open.</summary>
    public static int AgeDays(DateTimeOffset raisedAt, DateTimeOffset now) => now <= raisedAt ? 0 : (int)(now - raisedAt).TotalDays;

    /// <summary>
    /// The response clock and the resolution clock tallied separately. An order counts on a clock when it has that target and the
    /// clock is settled: met by the step (on site, resolved) or breached (recorded by the step or the sweep). An order whose clock
    /// still runs counts on neither side.
    /// </summary>
    public static (SlaTally Response, SlaTally Resolve) Tally(IReadOnlyCollection<SlaFacts> orders)
    {
        var respond = orders.Where(o => o.HasRespond && (o.Responded || o.RespondBreached)).ToList();
        var resolve = orders.Where(o => o.HasResolve && (o.Resolved || o.ResolveBreached)).ToList();
        return (Of(respond.Count, respond.Count(o => o.RespondBreached)), Of(resolve.Count, resolve.Count(o => o.ResolveBreached)));
    }

    /// <summary>The share met, one decimal; null when nothing is judged.</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : decimal.Round(100m * part / whole, 1);

    /// <summary>A mean of 1–5 scores, two decimals; null without any.</summary>
    public static decimal? Mean(IReadOnlyCollection<int> scores) => scores.Count == 0 ? null : decimal.Round((decimal)scores.Sum() / scores.Count, 2);

    private static SlaTally Of(int judged, int breached) => new(judged, judged - breached, breached, Percent(judged - breached, judged));
}
