using OrganAffairs.Contracts.ForeignAffairs;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>A rule a visit breaks: the rule id, the code, and the limit and actual value when the rule has a number.</summary>
internal sealed record Breach(string RuleId, string Code, int? Limit, int? Actual);

/// <summary>
/// The checks of an outbound visit against the limits in force (pure; RULES.md F1–F5, F7, F8). Days abroad
/// count from the border stamps, departure and return days included; a transit counts as a country unless
/// the travellers stay airside; a counted leg in Latin America or Africa gives the extra days; official
/// days are the days with at least one official activity. A teaching and research delegation is exempt from
/// F1–F4 with a justification, and refused (F7) without one; F5 applies to every delegation.
/// </summary>
internal static class VisitChecks
{
    public static VisitMeasures Measure(VisitFields visit, ExtraDayRegions regions)
    {
        var counted = visit.Itinerary.Where(l => !(l.Transit && l.AirsideOnly)).ToList();
        var countries = counted.Select(l => l.Country).Distinct(StringComparer.Ordinal).Count();
        var extra = counted.Any(l => regions.Countries.Contains(l.Country, StringComparer.Ordinal));
        var officialDays = visit.Schedule.Where(a => a.Official).Select(a => a.On).Distinct().Count();
        return new VisitMeasures(DaysAbroad(visit.DepartsOn, visit.ReturnsOn), countries, officialDays, extra);
    }

    /// <summary>Days abroad from departure to return, both included.</summary>
    public static int DaysAbroad(DateOnly departsOn, DateOnly returnsOn) => returnsOn.DayNumber - departsOn.DayNumber + 1;

    public static IReadOnlyList<Breach> Check(VisitFields visit, VisitMeasures m, OutboundLimits limits)
    {
        var breaches = new List<Breach>();
        if (visit.DelegationType == DelegationType.TeachingResearch)
        {
            if (string.IsNullOrWhiteSpace(visit.Justification))
            {
                breaches.Add(new Breach("F7", ForeignAffairsErrors.JustificationMissing.Code, null, null));
            }
        }
        else
        {
            if (visit.Members.Count > limits.MaxMembers)
            {
                breaches.Add(new Breach("F1", ForeignAffairsErrors.DelegationTooLarge.Code, limits.MaxMembers, visit.Members.Count));
            }
            if (m.Countries > limits.MaxCountries)
            {
                breaches.Add(new Breach("F3", ForeignAffairsErrors.TooManyCountries.Code, limits.MaxCountries, m.Countries));
            }
            var maxDays = limits.MaxDaysFor(Math.Min(m.Countries, limits.MaxCountries)) + (m.ExtraDayRegion ? limits.ExtraDays : 0);
            if (m.DaysAbroad > maxDays)
            {
                breaches.Add(new Breach(m.ExtraDayRegion ? "F4" : "F2", ForeignAffairsErrors.TooManyDays.Code, maxDays, m.DaysAbroad));
            }
        }
        // official days / days abroad ≥ numerator / denominator, in integers
        if ((long)m.OfficialDays * limits.OfficialShareDenominator < (long)m.DaysAbroad * limits.OfficialShareNumerator)
        {
            var needed = (int)Math.Ceiling((decimal)m.DaysAbroad * limits.OfficialShareNumerator / limits.OfficialShareDenominator);
            breaches.Add(new Breach("F5", ForeignAffairsErrors.OfficialShareTooLow.Code, needed, m.OfficialDays));
        }
        return breaches;
    }
}
