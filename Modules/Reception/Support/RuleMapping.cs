using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Reception.Support;

/// <summary>The rule-table lists and the rows of each rule kind as responses.</summary>
internal static class RuleMapping
{
    public static async Task<IReadOnlyList<RuleRow>> ListAsync(RuleRepository rules, string kind, string? jurisdiction, DateOnly? on, CancellationToken ct) =>
        on is { } date
            ? await rules.InForceAsync(kind, jurisdiction, date, ct)
            : await rules.VersionsAsync(kind, jurisdiction is null ? null : [jurisdiction], ct);

    public static DiningRuleResponse ToDining(RuleRow r)
    {
        var v = RuleJson.Read<DiningValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, v.MaxWorkingMeals, v.SmallGroupUpTo, v.MaxDinersSmallGroup, v.GuestsPerDiner,
            r.Source, r.Confidence, r.DocumentId);
    }

    public static MealStandardResponse ToMealStandard(RuleRow r)
    {
        var v = RuleJson.Read<MealStandardValue>(r.Value);
        return new(r.Id, r.Jurisdiction, Enum.Parse<GuestRank>(r.RuleKey), Yuan.FromFen(v.AmountFen), v.Unit, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Confidence, r.DocumentId);
    }

    public static BannedItemsResponse ToBannedItems(RuleRow r) =>
        new(r.Id, r.Jurisdiction, RuleJson.Read<BannedItemsValue>(r.Value).Items, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Confidence, r.DocumentId);

    public static SameCityRuleResponse ToSameCity(RuleRow r) =>
        new(r.Id, r.Jurisdiction, RuleJson.Read<SameCityValue>(r.Value).Allowed, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Confidence, r.DocumentId);
}
