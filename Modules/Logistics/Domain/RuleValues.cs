using System.Text.Json;
using System.Text.Json.Serialization;
using OrganAffairs.Contracts.Logistics;

namespace OrganAffairs.Logistics.Domain;

/// <summary>The kinds of rule kept in logistics_rule and how their keys are made.</summary>
internal static class RuleKinds
{
    public const string CatalogueItem = "catalogue-item";
    public const string SlaPolicy = "sla-policy";
    public const string ReopenWindow = "reopen-window";
    public const string ContractTerm = "contract-term";
    public const string AssessmentWeights = "assessment-weights";
    public const string Single = "single";

    /// <summary>The key of a general policy (<c>Category:Priority</c>) or of a contract's own (<c>Category:Priority:contractId</c>).</summary>
    public static string SlaKey(ServiceCategory category, WorkOrderPriority priority, Guid? contractId = null) =>
        contractId is { } id ? $"{category}:{priority}:{id:D}" : $"{category}:{priority}";
}

/// <summary>A catalogue item's value: its category, name, standard and reference price in fen.</summary>
internal sealed record CatalogueItemValue(ServiceCategory Category, string Name, string Standard, string? Unit, long? ReferencePriceFen);

/// <summary>A service-level policy's value: the targets in minutes (null = none) and how they are counted.</summary>
internal sealed record SlaPolicyValue(int? RespondWithinMinutes, int? ResolveWithinMinutes, SlaBasis Basis);

/// <summary>The reopen window's value.</summary>
internal sealed record ReopenWindowValue(int Days);

/// <summary>The term of property-service contracts: the normal term and the longest allowed with a reason, in years.</summary>
internal sealed record ContractTermValue(int NormalYears, int MaxYears);

/// <summary>The weights of a provider's score: SLA attainment and satisfaction, whole percentages summing to 100.</summary>
internal sealed record AssessmentWeightsValue(int SlaWeightPercent, int SatisfactionWeightPercent);

/// <summary>The JSON of a rule value.</summary>
internal static class RuleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
