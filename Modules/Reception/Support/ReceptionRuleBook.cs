using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Support;

/// <summary>The meal standard that applies to a meal line, and the limit it gives.</summary>
internal sealed record MealCheck(long? LimitFen, Guid? RuleVersionId, bool Over);

/// <summary>
/// The reception rules in force for an organ's division on a date (the reception's first day for a plan, the
/// meal's date for a cost line), and the checks of a plan and of a cost line against them. Each refusal names
/// the rule id (RULES.md) and the version's source in the problem's detail.
/// </summary>
internal sealed class ReceptionRuleBook(RuleRepository rules)
{
    /// <summary>R2, R3, R4/R4b, R7, R8, R10: the plan of a reception with the guests' ranks (empty while no letter is attached).</summary>
    public async Task CheckPlanAsync(ReceptionRow plan, IReadOnlyList<GuestRank> ranks, string divisionCode, CancellationToken ct)
    {
        var on = plan.StartsOn;
        await EnsureNotBannedAsync(ReceptionRules.Split<ReceptionItem>(plan.Items), divisionCode, on, ct);

        var sameCity = ReceptionRuleTables.SameCity.Effective(await rules.VersionsAsync(RuleKinds.SameCity, Jurisdictions.ChainOf(divisionCode), ct), divisionCode, on);
        if (plan.SameCity && sameCity is not null && !RuleJson.Read<SameCityValue>(sameCity.Value).Allowed)
        {
            throw new ProblemException(ReceptionErrors.SameCity, detail: $"R10: {sameCity.Source} ({sameCity.Jurisdiction}, {sameCity.EffectiveFrom:yyyy-MM-dd})");
        }

        var dining = await rules.VersionsAsync(RuleKinds.Dining, Jurisdictions.ChainOf(divisionCode), ct);
        var table = ReceptionRuleTables.Dining;
        if (table.Effective(dining, divisionCode, on) is { } version)
        {
            var value = RuleJson.Read<DiningValue>(version.Value);
            var maxMeals = table.EffectiveLimit(dining, divisionCode, on, "maxWorkingMeals") ?? value.MaxWorkingMeals;
            if (plan.WorkingMeals > maxMeals)
            {
                throw new ProblemException(ReceptionErrors.WorkingMeals, detail: $"R2: {plan.WorkingMeals} > {maxMeals} — {version.Source}");
            }
            var smallGroupMax = (int)(table.EffectiveLimit(dining, divisionCode, on, "maxDinersSmallGroup") ?? value.MaxDinersSmallGroup);
            var perDiner = (int)-(table.EffectiveLimit(dining, divisionCode, on, "guestsPerDiner") ?? -value.GuestsPerDiner);
            var allowed = ReceptionRules.AllowedDiners(plan.GuestCount, value.SmallGroupUpTo, smallGroupMax, perDiner);
            if (plan.AccompanyingDiners > allowed)
            {
                throw new ProblemException(ReceptionErrors.TooManyDiners,
                    detail: $"R3: {plan.AccompanyingDiners} > {allowed} ({plan.GuestCount} guests) — {version.Source}");
            }
        }

        if (ranks.Count == 0)
        {
            return;
        }
        if (plan.Lodging == LodgingStandard.Suite && !ReceptionRules.SuiteAllowed(ranks))
        {
            throw new ProblemException(ReceptionErrors.SuiteNotAllowed, detail: "R8");
        }
        if (plan.MealStandardFen is { } planned && await MealStandardAsync(ranks, divisionCode, on, ct) is { } standard)
        {
            var limit = RuleJson.Read<MealStandardValue>(standard.Value);
            if (planned > limit.AmountFen)
            {
                throw new ProblemException(ReceptionErrors.MealStandard,
                    detail: $"R7: {Yuan.FromFen(planned)} > {Yuan.FromFen(limit.AmountFen)} {limit.Unit} ({standard.RuleKey}) — {standard.Source}");
            }
        }
    }

    /// <summary>R4/R4b: none of the items is banned on the date; the refusal names the first banned item and the version banning it.</summary>
    public async Task EnsureNotBannedAsync(IReadOnlyList<ReceptionItem> items, string divisionCode, DateOnly on, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }
        // A local list adds to the lists in force above it: every jurisdiction of the chain bans what its version lists.
        var versions = (await rules.VersionsAsync(RuleKinds.BannedItems, Jurisdictions.ChainOf(divisionCode), ct))
            .Where(v => v.InForce(on)).GroupBy(v => v.Jurisdiction).Select(g => g.OrderByDescending(v => v.EffectiveFrom).First()).ToList();
        foreach (var item in items.Distinct())
        {
            if (versions.FirstOrDefault(v => RuleJson.Read<BannedItemsValue>(v.Value).Items.Contains(item)) is { } banning)
            {
                var ruleId = item is ReceptionItem.PremiumDishes or ReceptionItem.Cigarettes or ReceptionItem.PremiumLiquor ? "R4" : "R4b";
                throw new ProblemException(ReceptionErrors.BannedItem,
                    detail: $"{ruleId}: {item} — {banning.Source} ({banning.Jurisdiction}, {banning.EffectiveFrom:yyyy-MM-dd})");
            }
        }
    }

    /// <summary>R7: a meal line against the standard of the highest guest rank in force on the meal's date; no standard, no limit.</summary>
    public async Task<MealCheck> CheckMealAsync(long amountFen, int persons, int units, IReadOnlyList<GuestRank> ranks, string divisionCode, DateOnly on, CancellationToken ct)
    {
        if (await MealStandardAsync(ranks, divisionCode, on, ct) is not { } standard)
        {
            return new MealCheck(null, null, false);
        }
        var limit = ReceptionRules.MealLimitFen(RuleJson.Read<MealStandardValue>(standard.Value).AmountFen, persons, units);
        return new MealCheck(limit, standard.Id, amountFen > limit);
    }

    /// <summary>The source of a meal-standard version, for a refusal's detail.</summary>
    public async Task<string> SourceAsync(Guid ruleVersionId, CancellationToken ct) =>
        (await rules.VersionsAsync(RuleKinds.MealStandard, null, ct)).FirstOrDefault(r => r.Id == ruleVersionId)?.Source ?? "";

    private async Task<RuleRow?> MealStandardAsync(IReadOnlyList<GuestRank> ranks, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var rank = ReceptionRules.HighestRank(ranks).ToString();
        var versions = (await rules.VersionsAsync(RuleKinds.MealStandard, Jurisdictions.ChainOf(divisionCode), ct)).Where(r => r.RuleKey == rank);
        return ReceptionRuleTables.MealStandards.Effective(versions, divisionCode, on);
    }
}
