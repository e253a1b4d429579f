using OrganAffairs.Contracts.ForeignAffairs;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// Which ranks are of which grade and the highest seat class of each grade (F11, 财行〔2013〕516号): first class for the
/// provincial-ministerial grade, business for the bureau-director grade, economy for everyone else.
/// </summary>
internal sealed record TravelClasses(IReadOnlyList<string> ProvincialMinisterial, IReadOnlyList<string> BureauDirector, SeatClass ProvincialMinisterialSeat,
    SeatClass BureauDirectorSeat, SeatClass OtherSeat)
{
    /// <summary>
    /// The national seed: the leaders' ranks of the central and provincial levels are provincial-ministerial; the department ranks of
    /// those levels and the municipal leaders (a prefecture-level city's leaders are 厅局级) are bureau-director; every other rank Other.
    /// </summary>
    public static readonly TravelClasses National = new(
        ["MinisterPrincipal", "MinisterDeputy", "ProvincialPrincipal", "ProvincialDeputy"],
        ["DepartmentPrincipal", "DepartmentDeputy", "MunicipalPrincipal", "MunicipalDeputy"],
        SeatClass.First, SeatClass.Business, SeatClass.Economy);

    public TravelGrade GradeOf(string? rankCode) =>
        rankCode is null ? TravelGrade.Other
        : ProvincialMinisterial.Contains(rankCode, StringComparer.Ordinal) ? TravelGrade.ProvincialMinisterial
        : BureauDirector.Contains(rankCode, StringComparer.Ordinal) ? TravelGrade.BureauDirector
        : TravelGrade.Other;

    public SeatClass SeatOf(TravelGrade grade) => grade switch
    {
        TravelGrade.ProvincialMinisterial => ProvincialMinisterialSeat,
        TravelGrade.BureauDirector => BureauDirectorSeat,
        _ => OtherSeat,
    };

    /// <summary>A seat class up to the grade's is allowed; a higher one is a breach of F11.</summary>
    public bool Allows(TravelGrade grade, SeatClass seat) => seat <= SeatOf(grade);

    public bool IsValid =>
        ProvincialMinisterial.Count <= 100 && BureauDirector.Count <= 100
        && ProvincialMinisterial.Concat(BureauDirector).All(c => c is { Length: >= 1 and <= 40 })
        && ProvincialMinisterial.Concat(BureauDirector).Distinct(StringComparer.Ordinal).Count() == ProvincialMinisterial.Count + BureauDirector.Count
        && Enum.IsDefined(ProvincialMinisterialSeat) && Enum.IsDefined(BureauDirectorSeat) && Enum.IsDefined(OtherSeat);
}

/// <summary>Lodging abroad per person and night in one country, by grade, in fen (F11; no national values are seeded).</summary>
internal sealed record LodgingLimits(long ProvincialMinisterialFen, long BureauDirectorFen, long OtherFen)
{
    public long PerNightFen(TravelGrade grade) => grade switch
    {
        TravelGrade.ProvincialMinisterial => ProvincialMinisterialFen,
        TravelGrade.BureauDirector => BureauDirectorFen,
        _ => OtherFen,
    };

    /// <summary>The most a line of <paramref name="nights"/> nights may cost: the night's limit times the nights (exactly it passes).</summary>
    public long LimitFen(TravelGrade grade, int nights) => PerNightFen(grade) * nights;
}

/// <summary>The lump sums per person and day in one country, in fen (meals 伙食费 and incidentals 公杂费; no national values are seeded).</summary>
internal sealed record Allowances(long MealsPerDayFen, long IncidentalsPerDayFen)
{
    /// <summary>The most a line of <paramref name="days"/> days may cost (exactly it passes).</summary>
    public long LimitFen(int days) => (MealsPerDayFen + IncidentalsPerDayFen) * days;
}

/// <summary>The expense lines' arithmetic that does not need a rule.</summary>
internal static class ExpenseArithmetic
{
    /// <summary>
    /// The days that lump sums may be paid for: the days abroad, departure and arrival days included (F8), from the actual return
    /// when the delegation is back, else the planned one.
    /// </summary>
    public static int DaysAbroad(DateOnly departsOn, DateOnly returnsOn) => returnsOn.DayNumber - departsOn.DayNumber + 1;

    /// <summary>
    /// The nights (lodging) or days (meals and incidentals) one member may be paid for in one country: from the itinerary's legs in that
    /// country that are not airside-only transits — nights are the legs' leaving minus arrival days, days the distinct days the legs cover
    /// (arrival and leaving days included) — at most the nights or days abroad. A country not on the itinerary falls back to the whole
    /// stay abroad (days abroad, or one night fewer), so a line for it is never refused for lack of a leg.
    /// </summary>
    public static int UnitsInCountry(ExpenseCategory category, IReadOnlyList<ItineraryLeg> legs, string country, DateOnly departsOn, DateOnly returnsOn)
    {
        var abroad = DaysAbroad(departsOn, returnsOn);
        var cap = category == ExpenseCategory.Lodging ? Math.Max(0, abroad - 1) : abroad;
        var counted = legs.Where(l => l.Country == country && !(l.Transit && l.AirsideOnly)).ToList();
        if (counted.Count == 0)
        {
            return cap;
        }
        var units = category == ExpenseCategory.Lodging
            ? counted.Sum(l => Math.Max(0, l.LeavesOn.DayNumber - l.ArrivesOn.DayNumber))
            : counted.SelectMany(l => Enumerable.Range(l.ArrivesOn.DayNumber, Math.Max(0, l.LeavesOn.DayNumber - l.ArrivesOn.DayNumber) + 1)).Distinct().Count();
        return Math.Min(cap, units);
    }

    /// <summary>
    /// The most all of a member's lines of one kind in one country may cost together: the per-unit limit of the line being recorded
    /// (its limit divided by its units, exact because a line's limit is the unit's times the units) times the units in the country.
    /// </summary>
    public static long SumLimitFen(long lineLimitFen, int lineUnits, int unitsInCountry) => lineLimitFen / lineUnits * unitsInCountry;

    /// <summary>The categories that belong to one member and need the member's rank.</summary>
    public static bool NeedsMember(ExpenseCategory category) => category is not ExpenseCategory.Other;

    /// <summary>The categories checked against a per-country limit for a number of nights or days.</summary>
    public static bool NeedsCountry(ExpenseCategory category) => category is ExpenseCategory.Lodging or ExpenseCategory.MealsAndIncidentals;
}
