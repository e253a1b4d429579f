using System.Text.Json;
using NJsonSchema;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Guidance.Support;

/// <summary>The kinds of rule kept in guidance_rule and their tables (docs/adr/0034, 0090).</summary>
internal static class GuidanceRuleTables
{
    /// <summary>The due-date rule of a report type (key: its code): N working days after the period's last day.</summary>
    public const string ReportDue = "report-due";

    /// <summary>Local values with no direction: the most specific version in force on the period's last day applies.</summary>
    public static readonly RuleTableDefinition<GuidanceRuleRow> ReportDueTable = RuleTableDefinition<GuidanceRuleRow>.Plain(
        "guidance_rule/" + ReportDue, "GuidanceRule", GuidanceErrors.RuleVersionExists);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

/// <summary>The value of a due-date rule version.</summary>
internal sealed record ReportDueValue(int WorkingDays);

/// <summary>Rows of the reporting cycles to answers.</summary>
internal static class ReportingMapping
{
    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static ReportTypeResponse ToResponse(this ReportTypeRow r) =>
        new(r.Id, r.Code, r.Name, Enum.Parse<ReportPeriodKind>(r.Period), Json(r.FormSchema), r.Description, r.CreatedAt);

    public static ReportDueRuleResponse ToDueResponse(this GuidanceRuleRow r) =>
        new(r.Id, r.RuleKey, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, GuidanceRuleTables.Read<ReportDueValue>(r.Value).WorkingDays, r.Source, r.Confidence, r.DocumentId);

    public static ReportSubmissionResponse ToResponse(this ReportSubmissionRow r, DateOnly today)
    {
        var status = Enum.Parse<ReportSubmissionStatus>(r.Status);
        return new(r.Id, r.CycleId, r.OrganId, r.DivisionCode, status, r.Data is null ? null : Json(r.Data), r.Comments, r.DueOn,
            r.FirstSubmittedOn, r.SubmittedOn, r.AcceptedOn, SubmissionTiming.IsLate(r.SubmittedOn, r.DueOn), SubmissionTiming.IsOverdue(status, r.DueOn, today), r.Version);
    }

    public static ReportCycleResponse ToResponse(this ReportCycleRow c, string typeCode, IEnumerable<ReportSubmissionRow> submissions, DateOnly today) =>
        new(c.Id, c.ReportTypeId, typeCode, Enum.Parse<ReportPeriodKind>(c.Period), c.PeriodLabel, c.PeriodStart, c.PeriodEnd, c.DueOn, c.RuleVersionId, c.WorkingDays,
            c.OpenedAt, submissions.Select(s => s.ToResponse(today)).ToList());
}

/// <summary>
/// Checks a submission's data against its report type's JSON Schema with NJsonSchema (the schema refers only inside
/// itself, checked when the type is defined, so nothing is fetched).
/// </summary>
internal static class ReportFormValidation
{
    /// <summary>A readable schema (NJsonSchema parses it) that <see cref="ReportForms.IsAcceptableSchema"/> accepts.</summary>
    public static async Task<bool> IsValidSchemaAsync(JsonElement schema, CancellationToken ct)
    {
        if (!ReportForms.IsAcceptableSchema(schema))
        {
            return false;
        }
        try
        {
            await JsonSchema.FromJsonAsync(schema.GetRawText(), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>422 <c>guidance.submission-invalid</c> with one field error per schema error, the member being the data's path.</summary>
    public static async Task EnsureValidAsync(string schemaText, string? data, CancellationToken ct)
    {
        var schema = await JsonSchema.FromJsonAsync(schemaText, ct);
        var errors = schema.Validate(data ?? "{}");
        if (errors.Count == 0)
        {
            return;
        }
        throw new ProblemException(GuidanceErrors.SubmissionInvalid, errors
            .Select(e => new FieldError(Member(e), GuidanceErrors.SubmissionInvalid.Code, e.Kind.ToString()))
            .OrderBy(e => e.Field, StringComparer.Ordinal).ToList());
    }

    private static string Member(NJsonSchema.Validation.ValidationError e)
    {
        var path = (e.Path ?? "#").TrimStart('#').TrimStart('/').Replace('/', '.');
        var member = e.Kind == NJsonSchema.Validation.ValidationErrorKind.PropertyRequired && e.Property is { } p
            ? (path.Length == 0 ? p : path)
            : path;
        return "data" + (member.Length == 0 ? "" : "." + member);
    }
}

/// <summary>Adds a due-date rule version through the Shared helper.</summary>
internal static class ReportDueRules
{
    public static Task<ReportDueRuleResponse> AddAsync(GuidanceRuleRepository rules, AuditTrail audit, IdGenerator ids, CreateReportDueRuleRequest b, CancellationToken ct) =>
        GuidanceRuleTables.ReportDueTable.AddVersionAsync(
            rules.Rule(GuidanceRuleTables.ReportDue, b.ReportTypeCode), audit, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            effectiveTo => new GuidanceRuleRow
            {
                Id = ids.NewId(), Kind = GuidanceRuleTables.ReportDue, RuleKey = b.ReportTypeCode, Jurisdiction = b.Jurisdiction, EffectiveFrom = b.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = GuidanceRuleTables.Write(new ReportDueValue(b.WorkingDays)), Source = b.Source.Trim(), Confidence = b.Confidence, DocumentId = b.DocumentId,
            },
            r => r.ToDueResponse(), ct);

    /// <summary>The version of the report type's due rule in force for the division on the date, or null.</summary>
    public static async Task<GuidanceRuleRow?> InForceAsync(GuidanceRuleRepository rules, string code, string? divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = (await rules.VersionsAsync(GuidanceRuleTables.ReportDue, Jurisdictions.ChainOf(divisionCode), ct)).Where(r => r.RuleKey == code);
        return GuidanceRuleTables.ReportDueTable.Effective(versions, divisionCode, on);
    }
}

/// <summary>The conditional write every submission change ends with: the version moves on (412 when another write came first), audited.</summary>
internal static class SubmissionWrites
{
    public static async Task<ReportSubmissionResponse> WriteAsync(
        ReportingRepository reports, AuditTrail audit, OrganAffairs.Shared.Time.BusinessClock clock, ReportSubmissionRow row, long expected,
        ReportSubmissionResponse before, CancellationToken ct)
    {
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await reports.UpdateSubmissionAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse(clock.Today);
        audit.Record("ReportSubmission", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
