using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Delegation rows and standards to answers and events (fen inside, yuan outside).</summary>
internal static class DelegationMapping
{
    public static IReadOnlyList<StoredGuest> GuestsOf(DelegationRow row) => RuleJson.Read<List<StoredGuest>>(row.Guests);

    /// <summary>The guests as stored: names trimmed, the date of birth protected.</summary>
    public static string StoreGuests(IEnumerable<DelegationGuest> guests, TravelDocuments documents) =>
        RuleJson.Write(guests.Select(g => new StoredGuest(g.Name.Trim(), g.Post.Trim(), g.Grade,
            g.DateOfBirth is { } d ? documents.ProtectDateOfBirth(d) : null)).ToList());

    /// <summary>The delegation with its guests' dates of birth masked unless <paramref name="unmasked"/>.</summary>
    public static DelegationResponse ToResponse(this DelegationRow row, IReadOnlyList<DelegationCostRow> costs, TravelDocuments documents, bool unmasked = false) =>
        new(row.Id, row.OrganId, row.Title, row.Country, row.HostGrade, row.ArrivesOn, row.DepartsOn,
            GuestsOf(row).Select(g =>
            {
                var (born, masked) = documents.ShowDateOfBirth(g.DateOfBirth, unmasked);
                return new DelegationGuestRecord(g.Name, g.Post, g.Grade, born, masked);
            }).ToList(),
            RuleJson.Read<List<DelegationProgrammeItem>>(row.Programme), Banquets(costs),
            Yuan.FromFen(costs.Sum(c => c.AmountFen)), costs.Select(c => c.ToResponse(costs)).ToList(), row.CreatedAt);

    public static DelegationCostResponse ToResponse(this DelegationCostRow c, IReadOnlyList<DelegationCostRow> all) =>
        new(c.Id, c.DelegationId, c.Category, Yuan.FromFen(c.AmountFen), c.PaidOn, c.PaymentMethod, c.PaymentReference, c.Persons, c.Accompanying, c.Days,
            c.LimitFen is { } l ? Yuan.FromFen(l) : null, c.RuleVersionId, c.CreatedAt, c.CorrectsId, c.Reason,
            c.CorrectsId is null ? Yuan.FromFen(CurrentFen(c, all)) : null);

    /// <summary>An original cost's amount with its corrections.</summary>
    public static long CurrentFen(DelegationCostRow cost, IReadOnlyList<DelegationCostRow> all) =>
        cost.AmountFen + all.Where(c => c.CorrectsId == cost.Id).Sum(c => c.AmountFen);

    /// <summary>Banquets held: original banquet lines whose amount with its corrections is above zero (a banquet corrected to 0 was not held).</summary>
    public static int Banquets(IReadOnlyList<DelegationCostRow> costs) =>
        costs.Count(c => c.Category == DelegationCostCategory.Banquet && c.CorrectsId is null && CurrentFen(c, costs) > 0);

    /// <summary>The cost's event: its id is the event and source id; a correction names the corrected cost's event and the signed difference.</summary>
    public static IncomingDelegationCostRecorded ToEvent(this DelegationCostRow c) =>
        new(c.Id, c.CreatedAt, c.OrganId, IncomingDelegationCostRecorded.ReceptionLine, c.AmountFen, c.PaidOn, c.Id, c.DelegationId, c.Category,
            c.CorrectsId, c.CorrectsId is null ? null : c.AmountFen);

    public static ForeignAffairsCostItem ToCostItem(this DelegationCostRow c) =>
        new(c.Id, c.DelegationId, c.OrganId, IncomingDelegationCostRecorded.ReceptionLine, c.AmountFen, c.PaidOn, c.CorrectsId,
            c.CorrectsId is null ? null : c.AmountFen);

    private static long? Fen(decimal? yuan) => yuan is { } y ? Yuan.ToFen(y) : null;

    private static decimal? FromFen(long? fen) => fen is { } f ? Yuan.FromFen(f) : null;

    public static DelegationStandards ToDomain(DelegationStandardsValue v) => new(
        v.MaxBanquets, Yuan.ToFen(v.BanquetPerHeadProvincialMinisterial), Yuan.ToFen(v.BanquetPerHeadOther), Yuan.ToFen(v.BuffetPerHead), Yuan.ToFen(v.CocktailPerHead),
        Yuan.ToFen(v.TeaPartyPerHead), Fen(v.DailyMealsProvincialMinisterial), Fen(v.DailyMealsBureauDirector), Fen(v.DailyMealsOther), Fen(v.GiftPerGuest),
        v.AccompanyingPerGuests);

    /// <summary>Every amount a valid yuan value (at most 2 decimals) before the domain's range check.</summary>
    public static bool IsValid(DelegationStandardsValue v) =>
        new decimal?[] { v.BanquetPerHeadProvincialMinisterial, v.BanquetPerHeadOther, v.BuffetPerHead, v.CocktailPerHead, v.TeaPartyPerHead,
            v.DailyMealsProvincialMinisterial, v.DailyMealsBureauDirector, v.DailyMealsOther, v.GiftPerGuest }.All(a => a is null || Yuan.IsValid(a.Value))
        && ToDomain(v).IsValid;

    public static DelegationStandardsResponse ToStandardsResponse(RuleRow row)
    {
        var s = RuleJson.Read<DelegationStandards>(row.Value);
        return new DelegationStandardsResponse(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo,
            new DelegationStandardsValue(s.MaxBanquets, Yuan.FromFen(s.BanquetPerHeadProvincialMinisterialFen), Yuan.FromFen(s.BanquetPerHeadOtherFen),
                Yuan.FromFen(s.BuffetPerHeadFen), Yuan.FromFen(s.CocktailPerHeadFen), Yuan.FromFen(s.TeaPartyPerHeadFen), FromFen(s.DailyMealsProvincialMinisterialFen),
                FromFen(s.DailyMealsBureauDirectorFen), FromFen(s.DailyMealsOtherFen), FromFen(s.GiftPerGuestFen), s.AccompanyingPerTenGuests),
            row.Source, row.Confidence, row.DocumentId);
    }
}
