using OrganAffairs.Contracts.ForeignAffairs;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// The standards of receiving foreign guests (FI1), one version, in fen: banquets per stay and per head by the host's grade, buffets,
/// cocktails and tea parties per head, daily meals per guest and day by the highest guest's grade, gifts per guest, and accompanying
/// hosts per 10 guests. A null value sets no limit.
/// </summary>
internal sealed record DelegationStandards(
    int MaxBanquets, long BanquetPerHeadProvincialMinisterialFen, long BanquetPerHeadOtherFen, long BuffetPerHeadFen, long CocktailPerHeadFen,
    long TeaPartyPerHeadFen, long? DailyMealsProvincialMinisterialFen, long? DailyMealsBureauDirectorFen, long? DailyMealsOtherFen, long? GiftPerGuestFen,
    int? AccompanyingPerTenGuests)
{
    /// <summary>
    /// 财行〔2013〕533号 (central, M): at most 2 banquets per stay; 400 / 300 per head by the host's rank; buffet 150, cocktail 100, tea
    /// party 60; daily meals 600 / 550 for the highest guests. DOMAIN.md gives no gift limit, accompanying ratio or daily meals for other guests.
    /// </summary>
    public static readonly DelegationStandards Central2013 = new(2, 40_000, 30_000, 15_000, 10_000, 6_000, 60_000, 55_000, null, null, null);

    /// <summary>The categories served per head (guests and accompanying hosts).</summary>
    public static bool IsMeal(DelegationCostCategory category) =>
        category is DelegationCostCategory.Banquet or DelegationCostCategory.Buffet or DelegationCostCategory.Cocktail or DelegationCostCategory.TeaParty;

    /// <summary>The categories that need the persons served (and days for daily meals).</summary>
    public static bool NeedsPersons(DelegationCostCategory category) =>
        IsMeal(category) || category is DelegationCostCategory.DailyMeals or DelegationCostCategory.Gift;

    /// <summary>The most the line may cost, or null when no limit applies: per head × persons, per guest and day × guests × days, per guest × guests.</summary>
    public long? LimitFen(DelegationCostCategory category, TravelGrade hostGrade, TravelGrade highestGuest, int persons, int days) => category switch
    {
        DelegationCostCategory.Banquet => (hostGrade == TravelGrade.ProvincialMinisterial ? BanquetPerHeadProvincialMinisterialFen : BanquetPerHeadOtherFen) * persons,
        DelegationCostCategory.Buffet => BuffetPerHeadFen * persons,
        DelegationCostCategory.Cocktail => CocktailPerHeadFen * persons,
        DelegationCostCategory.TeaParty => TeaPartyPerHeadFen * persons,
        DelegationCostCategory.DailyMeals => highestGuest switch
        {
            TravelGrade.ProvincialMinisterial => DailyMealsProvincialMinisterialFen,
            TravelGrade.BureauDirector => DailyMealsBureauDirectorFen,
            _ => DailyMealsOtherFen,
        } * persons * days,
        DelegationCostCategory.Gift => GiftPerGuestFen * persons,
        _ => null,
    };

    /// <summary>Accompanying hosts at a meal: at most <see cref="AccompanyingPerTenGuests"/> per 10 guests (exactly it passes); no limit when null.</summary>
    public bool AllowsAccompanying(int accompanying, int guests) => AccompanyingPerTenGuests is not { } n || accompanying * 10 <= guests * n;

    /// <summary>A third banquet of a stay (with the standard's two) is refused.</summary>
    public bool AllowsBanquet(int banquetsAlready) => banquetsAlready < MaxBanquets;

    public bool IsValid =>
        MaxBanquets is >= 0 and <= 10
        && new long?[] { BanquetPerHeadProvincialMinisterialFen, BanquetPerHeadOtherFen, BuffetPerHeadFen, CocktailPerHeadFen, TeaPartyPerHeadFen,
            DailyMealsProvincialMinisterialFen, DailyMealsBureauDirectorFen, DailyMealsOtherFen, GiftPerGuestFen }.All(f => f is null or (>= 0 and <= 10_000_000))
        && AccompanyingPerTenGuests is null or (>= 0 and <= 100);
}
