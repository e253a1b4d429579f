using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrganAffairs.Contracts.Guidance;

namespace OrganAffairs.Guidance.Domain;

/// <summary>One period of a report type: its first and last day and its label (2026, 2026-Q1, 2026-03).</summary>
internal sealed record ReportPeriod(ReportPeriodKind Kind, DateOnly Start, DateOnly End, string Label)
{
    /// <summary>The period, or null when the parts do not fit the kind (a quarter for a yearly type, month 13 …).</summary>
    public static ReportPeriod? Of(ReportPeriodKind kind, int year, int? quarter, int? month)
    {
        if (year is < 2000 or > 2100)
        {
            return null;
        }
        return kind switch
        {
            ReportPeriodKind.Year when quarter is null && month is null =>
                new(kind, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture)),
            ReportPeriodKind.Quarter when quarter is >= 1 and <= 4 && month is null =>
                new(kind, new DateOnly(year, quarter.Value * 3 - 2, 1), new DateOnly(year, quarter.Value * 3, 1).AddMonths(1).AddDays(-1),
                    string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}")),
            ReportPeriodKind.Month when month is >= 1 and <= 12 && quarter is null =>
                new(kind, new DateOnly(year, month.Value, 1), new DateOnly(year, month.Value, 1).AddMonths(1).AddDays(-1),
                    string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}")),
            _ => null,
        };
    }
}

/// <summary>The lateness of a submission on business dates.</summary>
internal static class SubmissionTiming
{
    /// <summary>Late: the latest submission (a resubmission after a return counts) came after the due date; on the due date is on time.</summary>
    public static bool IsLate(DateOnly? submittedOn, DateOnly dueOn) => submittedOn is { } on && on > dueOn;

    /// <summary>Overdue: not with the reviewer (Draft or Returned) and today is after the due date.</summary>
    public static bool IsOverdue(ReportSubmissionStatus status, DateOnly dueOn, DateOnly today) =>
        status is ReportSubmissionStatus.Draft or ReportSubmissionStatus.Returned && today > dueOn;

    /// <summary>The status a submission moves to when its bureau sends it, or null when it cannot be sent.</summary>
    public static ReportSubmissionStatus? OnSubmit(ReportSubmissionStatus status) => status switch
    {
        ReportSubmissionStatus.Draft => ReportSubmissionStatus.Submitted,
        ReportSubmissionStatus.Returned => ReportSubmissionStatus.Resubmitted,
        _ => null,
    };

    /// <summary>Whether a reviewer may return or accept it (it is with the reviewer).</summary>
    public static bool IsWithReviewer(ReportSubmissionStatus status) => status is ReportSubmissionStatus.Submitted or ReportSubmissionStatus.Resubmitted;

    /// <summary>Whether its bureau may still change the data.</summary>
    public static bool IsEditable(ReportSubmissionStatus status) => status is ReportSubmissionStatus.Draft or ReportSubmissionStatus.Returned;
}

/// <summary>
/// What the reporting cycles need of a form's JSON Schema beyond validation (which NJsonSchema does): that it only refers
/// inside itself (no network or file is ever read), and which of its top-level properties are numbers to sum.
/// </summary>
internal static class ReportForms
{
    /// <summary>An object schema whose every <c>$ref</c> is local (<c>#…</c>).</summary>
    public static bool IsAcceptableSchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && OnlyLocalReferences(schema)
        && (!schema.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() == "object");

    private static bool OnlyLocalReferences(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().All(p =>
            p.Name is "$ref" or "$schema" or "$id" or "id"
                ? p.Name != "$ref" || (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.StartsWith('#'))
                : OnlyLocalReferences(p.Value)) && !HasRemoteId(element),
        JsonValueKind.Array => element.EnumerateArray().All(OnlyLocalReferences),
        _ => true,
    };

    private static bool HasRemoteId(JsonElement element) =>
        element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && !id.GetString()!.StartsWith('#');

    /// <summary>The schema's top-level properties of type number or integer, in the schema's order.</summary>
    public static IReadOnlyList<string> NumericFields(string schema)
    {
        var node = JsonNode.Parse(schema);
        if (node?["properties"] is not JsonObject properties)
        {
            return [];
        }
        return properties.Where(p => p.Value?["type"] is JsonValue t && t.TryGetValue<string>(out var s) && s is "number" or "integer")
            .Select(p => p.Key).ToList();
    }

    /// <summary>The numeric fields' values in one submission's data (a missing or non-numeric value counts 0).</summary>
    public static IReadOnlyDictionary<string, decimal> Values(string? data, IReadOnlyList<string> fields)
    {
        var values = fields.ToDictionary(f => f, _ => 0m, StringComparer.Ordinal);
        if (data is null)
        {
            return values;
        }
        using var document = JsonDocument.Parse(data);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return values;
        }
        foreach (var field in fields)
        {
            if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
            {
                values[field] = d;
            }
        }
        return values;
    }

    /// <summary>Per field, the sum over the rows, in the fields' order.</summary>
    public static IReadOnlyList<(string Field, decimal Total)> Totals(IReadOnlyList<string> fields, IEnumerable<IReadOnlyDictionary<string, decimal>> rows)
    {
        var list = rows.ToList();
        return fields.Select(f => (f, list.Sum(r => r.TryGetValue(f, out var v) ? v : 0m))).ToList();
    }
}
