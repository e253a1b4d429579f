using OrganAffairs.Contracts.ForeignAffairs;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>A rule a visit breaks: the rule id, the code, and the limit and actual value when the rule has a number.</summary>
internal sealed record Breach(string RuleId, string Code, int? Limit, int? Actual, IReadOnlyList<Guid>? StaffMemberIds = null);

/// <summary>A member as the people checks see it: the staff member, their own organ (null when unknown) and the leadership-team flag.</summary>
internal sealed record Traveller(Guid StaffMemberId, Guid? OrganId, bool LeadershipTeam);

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

    /// <summary>
    /// F12: members of the same organ's leadership team (领导班子) in one delegation, at most <paramref name="max"/> (null: no limit).
    /// A member whose organ is unknown is grouped with nobody. One breach naming the members of the largest group over the limit.
    /// </summary>
    public static Breach? Leadership(IReadOnlyList<Traveller> travellers, int? max)
    {
        if (max is not { } limit)
        {
            return null;
        }
        var group = travellers.Where(t => t.LeadershipTeam && t.OrganId is not null).GroupBy(t => t.OrganId)
            .Where(g => g.Count() > limit).OrderByDescending(g => g.Count()).FirstOrDefault();
        return group is null ? null
            : new Breach("F12", ForeignAffairsErrors.LeadershipTogether.Code, limit, group.Count(), group.Select(t => t.StaffMemberId).ToList());
    }

    /// <summary>
    /// F11: each member's visits in the year of departure (approved or departed, this visit not counted) plus this one, at most
    /// <paramref name="max"/> (null: no check). One breach naming every member over the limit, the actual the highest count.
    /// </summary>
    public static Breach? YearlyTrips(IReadOnlyList<Guid> staffMemberIds, IReadOnlyDictionary<Guid, int> otherTrips, int? max)
    {
        if (max is not { } limit)
        {
            return null;
        }
        var over = staffMemberIds.Select(id => (Id: id, Trips: otherTrips.GetValueOrDefault(id) + 1)).Where(x => x.Trips > limit).ToList();
        return over.Count == 0 ? null
            : new Breach("F11", ForeignAffairsErrors.YearlyTripsExceeded.Code, limit, over.Max(x => x.Trips), over.Select(x => x.Id).ToList());
    }
}
