using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Logistics.Support;

internal static class ContractMapping
{
    public const string LongTermWarning = "logistics.contract-term-above-normal";

    public static ContractResponse ToResponse(this ContractRow r) => new(
        r.Id, r.ProviderName, r.ProviderCreditCode, r.CreditCodeOverrideReason, r.DivisionCode, r.Items, r.StartsOn, r.EndsOn, r.LongTermReason, r.PriceBasis,
        Yuan.FromFen(r.ValueFen), r.EnergyTargets, r.Kpis, r.LongTermReason is null ? [] : [LongTermWarning], r.Version, r.CreatedAt, r.Buildings);

    public static ContractAmendmentResponse ToResponse(this ContractAmendmentRow r) => new(
        r.Id, r.ContractId, r.ContractVersion, r.EffectiveOn, r.Reason, r.EndsOnBefore, r.EndsOn,
        r.ServiceItemsBefore.Split('\n', StringSplitOptions.RemoveEmptyEntries), r.ServiceItems.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        Lines.Guids(r.BuildingIdsBefore), Lines.Guids(r.BuildingIds), r.PriceBasisBefore, r.PriceBasis, r.LongTermReason,
        r.LongTermReason is null ? [] : [LongTermWarning], r.Principal, r.CreatedAt);

    public static ContractChargeResponse ToResponse(this ContractChargeRow r) =>
        new(r.Id, r.ContractId, r.OrganId, r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Yuan.FromFen(r.AmountFen), r.Note, r.CreatedAt);

    public static ContractTermResponse ToContractTerm(RuleRow r)
    {
        var v = RuleJson.Read<ContractTermValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, v.NormalYears, v.MaxYears, r.Source, r.Confidence, r.DocumentId);
    }
}
