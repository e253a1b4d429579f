namespace OrganAffairs.Logistics.Domain;

/// <summary>How a contract's term stands against the rule: within the normal term, longer with a reason (a warning), or refused.</summary>
internal enum TermVerdict
{
    Normal = 1,
    LongWithReason = 2,
    ReasonRequired = 3,
    TooLong = 4,
}

/// <summary>
/// The term of a property-service contract (L2; 政府购买服务管理办法, rule data <c>contract-term</c>): the end date is inclusive, so a
/// term of N years from 1 January ends on 31 December of the (N−1)th year after — the start plus N years less a day. Up to the
/// normal term it is fine; above it up to the longest term only with a recorded reason (stable services with secured funding),
/// and answered with a warning; above the longest term it is refused.
/// </summary>
internal static class ContractTerms
{
    /// <summary>The last day of a term of <paramref name="years"/> years starting on <paramref name="startsOn"/>.</summary>
    public static DateOnly LastDay(DateOnly startsOn, int years) => startsOn.AddYears(years).AddDays(-1);

    public static TermVerdict Judge(DateOnly startsOn, DateOnly endsOn, ContractTermValue rule, string? reason)
    {
        if (endsOn > LastDay(startsOn, rule.MaxYears))
        {
            return TermVerdict.TooLong;
        }
        if (endsOn <= LastDay(startsOn, rule.NormalYears))
        {
            return TermVerdict.Normal;
        }
        return string.IsNullOrWhiteSpace(reason) ? TermVerdict.ReasonRequired : TermVerdict.LongWithReason;
    }
}

/// <summary>What a provider's work orders of a period give: SLA attainment and the requesters' ratings.</summary>
/// <param name="Orders">Work orders assigned under its contracts, raised in the period.</param>
/// <param name="WithSla">Those with a service-level clock whose deadlines have been met or missed (resolved, closed, or breached).</param>
/// <param name="Breached">Those among them with a breach recorded (on site or resolution).</param>
/// <param name="AttainmentPercent">(WithSla − Breached) / WithSla × 100, to one decimal; null without any.</param>
/// <param name="Rated">Confirmed orders with the requester's rating.</param>
/// <param name="AverageRating">Their mean rating (1–5) to two decimals; null without any.</param>
internal sealed record AssessmentNumbers(int Orders, int WithSla, int Breached, decimal? AttainmentPercent, int Rated, decimal? AverageRating);

/// <summary>The numbers of a provider's assessment, pure.</summary>
internal static class ProviderAssessment
{
    public static AssessmentNumbers Of(IReadOnlyCollection<(bool HasSla, bool Settled, bool Breached, int? Rating)> orders)
    {
        var judged = orders.Where(o => o.HasSla && (o.Settled || o.Breached)).ToList();
        var breached = judged.Count(o => o.Breached);
        var ratings = orders.Where(o => o.Rating is not null).Select(o => o.Rating!.Value).ToList();
        return new AssessmentNumbers(
            orders.Count, judged.Count, breached,
            judged.Count == 0 ? null : decimal.Round(100m * (judged.Count - breached) / judged.Count, 1),
            ratings.Count, ratings.Count == 0 ? null : decimal.Round((decimal)ratings.Sum() / ratings.Count, 2));
    }

    /// <summary>
    /// The provider's score (0–100, one decimal): SLA attainment and satisfaction — the mean rating on the 1–5 scale taken as a
    /// percentage, (mean − 1) / 4 × 100 — weighted by the rule's shares. A part with a weight above 0 is needed: without it the score
    /// is null rather than the other part alone.
    /// </summary>
    public static decimal? Score(decimal? attainmentPercent, decimal? averageRating, AssessmentWeightsValue weights)
    {
        if ((weights.SlaWeightPercent > 0 && attainmentPercent is null) || (weights.SatisfactionWeightPercent > 0 && averageRating is null))
        {
            return null;
        }
        var sla = weights.SlaWeightPercent > 0 ? attainmentPercent!.Value * weights.SlaWeightPercent : 0m;
        var satisfaction = weights.SatisfactionWeightPercent > 0 ? (averageRating!.Value - 1m) / 4m * 100m * weights.SatisfactionWeightPercent : 0m;
        return decimal.Round((sla + satisfaction) / 100m, 1, MidpointRounding.AwayFromZero);
    }
}
