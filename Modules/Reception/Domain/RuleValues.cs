using System.Text.Json;
using System.Text.Json.Serialization;
using OrganAffairs.Contracts.Reception;

namespace OrganAffairs.Reception.Domain;

/// <summary>The kinds of rule kept in reception_rule, and their keys.</summary>
internal static class RuleKinds
{
    public const string Dining = "dining";
    public const string MealStandard = "meal-standard";
    public const string BannedItems = "banned-items";
    public const string SameCity = "same-city";

    /// <summary>The key of the kinds that hold one rule per jurisdiction.</summary>
    public const string Single = "default";
}

/// <summary>The dining rule (R2, R3): working meals and accompanying diners.</summary>
internal sealed record DiningValue(int MaxWorkingMeals, int SmallGroupUpTo, int MaxDinersSmallGroup, int GuestsPerDiner);

/// <summary>A meal standard (R7) for one guest rank; the rank is the rule key.</summary>
internal sealed record MealStandardValue(long AmountFen, MealStandardUnit Unit);

/// <summary>The banned items (R4, R4b).</summary>
internal sealed record BannedItemsValue(IReadOnlyList<ReceptionItem> Items);

/// <summary>The same-city switch (R10).</summary>
internal sealed record SameCityValue(bool Allowed);

internal static class RuleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
