using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>The limits in force for an organ's division on a date, and the checks of a visit against them.</summary>
internal sealed class VisitRuleBook(RuleRepository rules, MemberRepository members, PersonYearRepository personYears)
{
    /// <summary>The effective limits (each ceiling the strictest along the chain) and the version that applies.</summary>
    public async Task<(OutboundLimits Limits, ExtraDayRegions Regions, Guid VersionId)> InForceAsync(string? divisionCode, DateOnly on, CancellationToken ct)
    {
        var chain = Jurisdictions.ChainOf(divisionCode);
        var limitVersions = (await rules.VersionsAsync(RuleKinds.Limits, chain, ct)).Where(r => r.RuleKey == RuleKinds.GeneralKey).ToList();
        var table = ForeignAffairsRuleTables.Limits;
        var version = table.Effective(limitVersions, divisionCode, on) ?? throw new ProblemException(ForeignAffairsErrors.RulesMissing, detail: $"{on:yyyy-MM-dd}");
        var most = ForeignAffairsRuleTables.Read(version);
        int Limit(string field) => (int)(table.EffectiveLimit(limitVersions, divisionCode, on, field) ?? 0);
        int? Optional(string field) => (int?)table.EffectiveLimit(limitVersions, divisionCode, on, field);
        var limits = most with
        {
            MaxMembers = Limit("maxMembers"),
            MaxDaysOneCountry = Limit("maxDaysOneCountry"),
            MaxDaysTwoCountries = Limit("maxDaysTwoCountries"),
            MaxDaysThreeCountries = Limit("maxDaysThreeCountries"),
            MaxCountries = Limit("maxCountries"),
            ExtraDays = Limit("extraDays"),
            MaxLeadershipMembers = Optional("maxLeadershipMembers"),
            MaxTripsPerPersonYear = Optional("maxTripsPerPersonYear"),
        };
        var regionVersions = (await rules.VersionsAsync(RuleKinds.Regions, chain, ct)).Where(r => r.RuleKey == RuleKinds.ExtraDayKey);
        var regions = ForeignAffairsRuleTables.Regions.Effective(regionVersions, divisionCode, on) is { } r
            ? RuleJson.Read<ExtraDayRegions>(r.Value)
            : new ExtraDayRegions([]);
        return (limits, regions, version.Id);
    }

    /// <summary>The national list of countries with extra days in force on a date, for the measures of an answer.</summary>
    public async Task<ExtraDayRegions> NationalRegionsAsync(DateOnly on, CancellationToken ct) =>
        ForeignAffairsRuleTables.Regions.Effective(await rules.VersionsAsync(RuleKinds.Regions, [Jurisdictions.National], ct), null, on) is { } r
            ? RuleJson.Read<ExtraDayRegions>(r.Value)
            : new ExtraDayRegions([]);

    /// <summary>
    /// 422 when the visit breaks a rule in force on <paramref name="on"/>: the code of the first breach, every breach
    /// in <c>breaches</c> naming its rule; otherwise the version that applied.
    /// </summary>
    public async Task<(Guid VersionId, OutboundLimits Limits)> EnsureAllowedAsync(VisitFields visit, IReadOnlyList<Traveller> travellers, string? divisionCode, DateOnly on, CancellationToken ct)
    {
        if (visit.Budget is not > 0m)
        {
            throw new ProblemException(ForeignAffairsErrors.BudgetMissing);
        }
        var (limits, regions, versionId) = await InForceAsync(divisionCode, on, ct);
        var breaches = VisitChecks.Check(visit, VisitChecks.Measure(visit, regions), limits).ToList();
        if (VisitChecks.Leadership(travellers, limits.MaxLeadershipMembers) is { } leadership)
        {
            breaches.Add(leadership);
        }
        Refuse(breaches);
        return (versionId, limits);
    }

    /// <summary>
    /// F11: 422 when a member's visits departing in the visit's year (approved or departed, of any organ, this visit not counted)
    /// plus this one would exceed the yearly limit in force; nothing when no limit is in force. With <paramref name="lockPersons"/>
    /// (an approval, which makes the trip count) the members' rows of the year are locked first, so approvals of any organs sharing
    /// a person are serialised and each count sees the approvals committed before it.
    /// </summary>
    public async Task EnsureWithinYearlyTripsAsync(Guid visitId, VisitFields visit, OutboundLimits limits, bool lockPersons, CancellationToken ct)
    {
        if (limits.MaxTripsPerPersonYear is null)
        {
            return;
        }
        var ids = visit.Members.Select(m => m.StaffMemberId).ToList();
        if (lockPersons)
        {
            await personYears.LockAsync(ids, visit.DepartsOn.Year, ct);
        }
        var others = await members.TripsInYearAsync(ids, visit.DepartsOn.Year, visitId, ct);
        if (VisitChecks.YearlyTrips(ids, others, limits.MaxTripsPerPersonYear) is { } breach)
        {
            Refuse([breach]);
        }
    }

    private static void Refuse(IReadOnlyList<Breach> breaches)
    {
        if (breaches.Count == 0)
        {
            return;
        }
        throw new ProblemException(ErrorOf(breaches[0].Code), detail: string.Join("; ", breaches.Select(Describe)))
        {
            Extensions = new Dictionary<string, object?>
            {
                ["breaches"] = breaches.Select(b => new VisitRuleBreach(b.RuleId, b.Code, b.Limit, b.Actual, b.StaffMemberIds)).ToList(),
            },
        };
    }

    private static string Describe(Breach b)
    {
        var text = b.Limit is { } l ? $"{b.RuleId}: {b.Actual} {(b.RuleId == "F5" ? "<" : ">")} {l}" : b.RuleId;
        return b.StaffMemberIds is { Count: > 0 } ids ? $"{text} (staff members {string.Join(", ", ids)})" : text;
    }

    private static ErrorCode ErrorOf(string code) =>
        new[]
        {
            ForeignAffairsErrors.DelegationTooLarge, ForeignAffairsErrors.TooManyDays, ForeignAffairsErrors.TooManyCountries,
            ForeignAffairsErrors.OfficialShareTooLow, ForeignAffairsErrors.JustificationMissing, ForeignAffairsErrors.LeadershipTogether,
            ForeignAffairsErrors.YearlyTripsExceeded,
        }.Single(e => e.Code == code);
}
