using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>The kinds and keys of foreign_affairs_rule.</summary>
internal static class RuleKinds
{
    /// <summary>The limits of a general delegation (<see cref="OutboundLimits"/>), key <see cref="GeneralKey"/>.</summary>
    public const string Limits = "limits";
    public const string GeneralKey = "general";

    /// <summary>The countries with extra days (<see cref="ExtraDayRegions"/>), key <see cref="ExtraDayKey"/>.</summary>
    public const string Regions = "regions";
    public const string ExtraDayKey = "extra-day";

    /// <summary>The hand-back of travel documents (<see cref="HandBackRule"/>), key <see cref="HandBackKey"/> (F10).</summary>
    public const string Documents = "documents";
    public const string HandBackKey = "hand-back";

    /// <summary>The deadlines around a visit (<see cref="VisitDeadlines"/>), key <see cref="VisitKey"/> (F6, F9).</summary>
    public const string Deadlines = "deadlines";
    public const string VisitKey = "visit";

    /// <summary>The grades of ranks and their seat classes (<see cref="TravelClasses"/>), key <see cref="RanksKey"/> (F11).</summary>
    public const string TravelClasses = "travel-classes";
    public const string RanksKey = "ranks";

    /// <summary>Lodging limits abroad by grade (<see cref="LodgingLimits"/>), keyed by country (F11).</summary>
    public const string Lodging = "lodging";

    /// <summary>Meals and incidentals lump sums per day (<see cref="Allowances"/>), keyed by country (F11).</summary>
    public const string Allowances = "allowances";

    /// <summary>The standards of receiving foreign guests (<see cref="DelegationStandards"/>), key <see cref="StandardsKey"/> (FI1).</summary>
    public const string Incoming = "incoming";
    public const string StandardsKey = "standards";
}

/// <summary>The JSON of a rule value.</summary>
internal static class RuleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
