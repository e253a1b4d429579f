using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Logistics.Support;

/// <summary>The rows of each rule kind as responses.</summary>
internal static class RuleMapping
{
    public static CatalogueItemResponse ToCatalogueItem(RuleRow r)
    {
        var v = RuleJson.Read<CatalogueItemValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, r.RuleKey, v.Category, v.Name, v.Standard, v.Unit,
            v.ReferencePriceFen is { } fen ? Yuan.FromFen(fen) : null, r.Source, r.Confidence, r.DocumentId);
    }

    public static SlaPolicyResponse ToSlaPolicy(RuleRow r)
    {
        var v = RuleJson.Read<SlaPolicyValue>(r.Value);
        var key = r.RuleKey.Split(':');
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, Enum.Parse<ServiceCategory>(key[0]), Enum.Parse<WorkOrderPriority>(key[1]),
            v.RespondWithinMinutes, v.ResolveWithinMinutes, v.Basis, r.Source, r.Confidence, r.DocumentId, key.Length > 2 ? Guid.Parse(key[2]) : null);
    }

    public static AssessmentWeightsResponse ToAssessmentWeights(RuleRow r)
    {
        var v = RuleJson.Read<AssessmentWeightsValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, v.SlaWeightPercent, v.SatisfactionWeightPercent, r.Source, r.Confidence, r.DocumentId);
    }

    public static ReopenWindowResponse ToReopenWindow(RuleRow r) =>
        new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, RuleJson.Read<ReopenWindowValue>(r.Value).Days, r.Source, r.Confidence, r.DocumentId);
}

/// <summary>Query parameters of the rule-table lists.</summary>
internal sealed record RuleListParameters
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
