using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Money;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>The rule-table lists and the rows of each rule kind as responses.</summary>
internal static class RuleMapping
{
    public static async Task<IReadOnlyList<RuleRow>> ListAsync(RuleRepository rules, string kind, string? jurisdiction, DateOnly? on, CancellationToken ct) =>
        on is { } date
            ? await rules.InForceAsync(kind, jurisdiction, date, ct)
            : await rules.VersionsAsync(kind, jurisdiction is null ? null : [jurisdiction], ct);

    public static PurchaseStandardResponse ToPurchaseStandard(RuleRow row)
    {
        var v = RuleJson.Read<PurchaseStandardValue>(row.Value);
        return new PurchaseStandardResponse(row.Id, row.Jurisdiction, row.RuleKey, v.Category, v.BodyType, v.NewEnergyOnly,
            Yuan.FromFen(v.MaxPriceFen), v.MaxDisplacementMl is { } ml ? Displacement.ToLitres(ml) : null, v.NeedsApproval,
            row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
    }

    public static PlateRuleResponse ToPlateRule(RuleRow row)
    {
        var v = RuleJson.Read<PlateRuleValue>(row.Value);
        return new PlateRuleResponse(row.Id, row.Jurisdiction, v.Provinces, v.Letters, v.OrdinaryLength, v.NewEnergyLength,
            v.BatteryElectricLetters, v.OtherNewEnergyLetters, row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
    }

    public static LicenceClassResponse ToLicenceClass(RuleRow row) =>
        new(row.Id, row.Jurisdiction, row.RuleKey, RuleJson.Read<LicenceClassValue>(row.Value).BodyTypes, row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);

    public static FixedCarRankResponse ToFixedCarRank(RuleRow row)
    {
        var v = RuleJson.Read<FixedCarRankValue>(row.Value);
        return new FixedCarRankResponse(row.Id, row.Jurisdiction, v.Level, v.RankCode, v.FixedCar, row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
    }

    public static SpecialPlateRuleResponse ToSpecialPlate(RuleRow row)
    {
        var v = RuleJson.Read<SpecialPlateValue>(row.Value);
        return new SpecialPlateRuleResponse(row.Id, row.Jurisdiction, row.RuleKey, v.Suffix, v.SerialLength, v.Categories, v.OrganIds,
            row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
    }

    public static NewEnergyTargetResponse ToNewEnergyTarget(RuleRow row) =>
        new(row.Id, row.Jurisdiction, NewEnergyShare.ToPercent(RuleJson.Read<NewEnergyTargetValue>(row.Value).MinShareBasisPoints),
            row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
}
