namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// The limits of a general delegation (中办发〔2013〕16号), one version of the limits table: members including the
/// interpreter (F1), days abroad for 1 / 2 / 3 countries (F2), countries or regions (F3), the extra days for a
/// leg in Latin America or Africa (F4), the share of days with official activities (F5), the members of one organ's
/// leadership team in one delegation (F12) and the visits per person and year (F11, a local value); null: no limit.
/// </summary>
internal sealed record OutboundLimits(
    int MaxMembers, int MaxDaysOneCountry, int MaxDaysTwoCountries, int MaxDaysThreeCountries, int MaxCountries,
    int ExtraDays, int OfficialShareNumerator, int OfficialShareDenominator, int? MaxLeadershipMembers = null, int? MaxTripsPerPersonYear = null)
{
    public static readonly OutboundLimits National2013 = new(6, 5, 8, 10, 3, 1, 2, 3);

    /// <summary>The day limit for a number of countries (the three-country limit for more).</summary>
    public int MaxDaysFor(int countries) => countries switch
    {
        <= 1 => MaxDaysOneCountry,
        2 => MaxDaysTwoCountries,
        _ => MaxDaysThreeCountries,
    };

    public bool IsValid =>
        MaxMembers is >= 1 and <= 50 && MaxCountries is >= 1 and <= 3
        && MaxDaysOneCountry is >= 1 and <= 60 && MaxDaysTwoCountries >= MaxDaysOneCountry && MaxDaysThreeCountries >= MaxDaysTwoCountries && MaxDaysThreeCountries <= 60
        && ExtraDays is >= 0 and <= 5 && OfficialShareDenominator is >= 1 and <= 100 && OfficialShareNumerator >= 0 && OfficialShareNumerator <= OfficialShareDenominator
        && MaxLeadershipMembers is null or (>= 1 and <= 50) && MaxTripsPerPersonYear is null or (>= 1 and <= 100);
}

/// <summary>The countries and regions whose legs give the extra days (F4): Latin America and Africa.</summary>
internal sealed record ExtraDayRegions(IReadOnlyList<string> Countries)
{
    public static readonly ExtraDayRegions LatinAmericaAndAfrica = new(
    [
        // Africa (the 54 UN members)
        "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "DZ", "EG", "ER", "ET", "GA", "GH", "GM", "GN", "GQ", "GW",
        "KE", "KM", "LR", "LS", "LY", "MA", "MG", "ML", "MR", "MU", "MW", "MZ", "NA", "NE", "NG", "RW", "SC", "SD", "SL", "SN", "SO", "SS",
        "ST", "SZ", "TD", "TG", "TN", "TZ", "UG", "ZA", "ZM", "ZW",
        // Latin America and the Caribbean (the 33 CELAC members)
        "AG", "AR", "BB", "BO", "BR", "BS", "BZ", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "GD", "GT", "GY", "HN", "HT", "JM", "KN", "LC",
        "MX", "NI", "PA", "PE", "PY", "SR", "SV", "TT", "UY", "VC", "VE",
    ]);
}
