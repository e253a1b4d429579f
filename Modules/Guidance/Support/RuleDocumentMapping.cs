using System.Text.Json;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Support;

internal static class RuleDocumentMapping
{
    public static RuleDocumentResponse ToResponse(this RuleDocumentRow r) =>
        new(r.Id, r.Title, r.DocumentNumber, r.Issuer, Enum.Parse<RuleDocumentType>(r.Type), r.Jurisdiction, Enum.Parse<RuleDocumentStatus>(r.Status), r.Trial,
            r.IssuedOn, r.PublishedOn, r.EffectiveOn, r.ExpiresOn, r.RegistrationNumber, r.SourceUrl, r.SupersedesId, r.SupersededById, r.CreatedAt,
            r.ConsultationStartsOn, r.ConsultationEndsOn, r.DelayExemptReason, r.FilingDueOn, r.FiledOn, r.FiledWith, r.EvaluationDueOn, r.EvaluatedOn,
            r.EvaluationOutcome is null ? null : Enum.Parse<DocumentEvaluationOutcome>(r.EvaluationOutcome), r.RepealedOn, r.RepealReason, r.SupersededOn, r.Version);

    public static DocumentDistributionResponse ToResponse(this DocumentDistributionRow r, DateOnly today) =>
        new(r.DocumentId, r.BureauId, r.AcknowledgeBy, r.DistributedAt, r.AcknowledgedAt, r.AcknowledgedBy, r.AcknowledgedAt is null && r.AcknowledgeBy < today);
}

/// <summary>The lifecycle writes of the register: each a conditional update on the version, audited as the answer's difference.</summary>
internal static class RuleDocumentWrites
{
    /// <summary>The document for a lifecycle command, with its If-Match checked; 404 when it does not exist.</summary>
    public static async Task<(RuleDocumentRow Row, long Expected, RuleDocumentResponse Before)> LoadAsync(
        RuleDocumentRepository documents, Guid id, IfMatch ifMatch, DateOnly today, CancellationToken ct)
    {
        var row = await documents.GetAsync(id, today, ct) ?? throw new ProblemException(GuidanceErrors.DocumentNotFound);
        var expected = ifMatch.Against(row.Version);
        return (row, expected, row.ToResponse());
    }

    public static async Task<RuleDocumentResponse> WriteAsync(
        RuleDocumentRepository documents, AuditTrail audit, RuleDocumentRow row, long expected, RuleDocumentResponse before, DateOnly today, CancellationToken ct)
    {
        row.Version = expected + 1;
        if (!await documents.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = (await documents.GetAsync(row.Id, today, ct))!.ToResponse();
        audit.Record("RuleDocument", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }

    /// <summary>
    /// A record made after publication (filing, evaluation, repeal): the bureau's own work, on a document in one of the statuses
    /// (default Published or InForce) for which <paramref name="open"/> holds, dated not before publication.
    /// </summary>
    public static async Task<RuleDocumentResponse> AfterPublicationAsync(
        RuleDocumentRepository documents, OrganScope scope, AuditTrail audit, BusinessClock clock, Guid id, IfMatch ifMatch, DateOnly on, string field,
        Func<RuleDocumentRow, bool> open, Action<RuleDocumentRow> apply, CancellationToken ct, params RuleDocumentStatus[] statuses)
    {
        scope.EnsureSeesAll();
        var today = clock.Today;
        var (row, expected, before) = await LoadAsync(documents, id, ifMatch, today, ct);
        EnsureStatus(row, statuses.Length > 0 ? statuses : [RuleDocumentStatus.Published, RuleDocumentStatus.InForce]);
        if (!open(row))
        {
            throw new ProblemException(GuidanceErrors.DocumentState, detail: row.Status);
        }
        if (row.PublishedOn is { } published && on < published)
        {
            throw ProblemException.ForField(GuidanceErrors.DatesOutOfOrder, field);
        }
        // Write back the status as stored, not as read today: the dated statuses follow from the dates.
        row.Status = row.StoredStatus;
        apply(row);
        return await WriteAsync(documents, audit, row, expected, before, today, ct);
    }

    /// <summary>409 <c>guidance.document-state</c> unless the document is in one of the statuses (as of today).</summary>
    public static void EnsureStatus(RuleDocumentRow row, params RuleDocumentStatus[] allowed)
    {
        if (!allowed.Contains(Enum.Parse<RuleDocumentStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.DocumentState, detail: row.Status);
        }
    }
}

/// <summary>The timer rules of the register (guidance_rule, kind <c>document-timers</c>, key: the document type).</summary>
internal static class DocumentTimerRules
{
    public const string Kind = "document-timers";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Local values with no direction: the most specific version in force for the document's jurisdiction on the date applies.</summary>
    public static readonly RuleTableDefinition<GuidanceRuleRow> Table = RuleTableDefinition<GuidanceRuleRow>.Plain(
        "guidance_rule/" + Kind, "GuidanceRule", GuidanceErrors.RuleVersionExists);

    public static DocumentTimers Read(GuidanceRuleRow row) => JsonSerializer.Deserialize<DocumentTimers>(row.Value, Options)!;

    public static DocumentTimerRuleResponse ToTimerResponse(this GuidanceRuleRow r)
    {
        var v = Read(r);
        return new(r.Id, Enum.Parse<RuleDocumentType>(r.RuleKey), r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, v.ConsultationDays, v.ConsultationWorkingDays,
            v.MinDaysToEffect, v.FilingDays, v.ValidityYears, v.TrialValidityYears, v.EvaluationMonthsBeforeExpiry, r.Source, r.Confidence, r.DocumentId);
    }

    public static Task<DocumentTimerRuleResponse> AddAsync(
        GuidanceRuleRepository rules, AuditTrail audit, IdGenerator ids, CreateDocumentTimerRuleRequest b, CancellationToken ct) =>
        Table.AddVersionAsync(
            rules.Rule(Kind, b.Type.ToString()), audit, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            effectiveTo => new GuidanceRuleRow
            {
                Id = ids.NewId(), Kind = Kind, RuleKey = b.Type.ToString(), Jurisdiction = b.Jurisdiction, EffectiveFrom = b.EffectiveFrom, EffectiveTo = effectiveTo,
                Value = JsonSerializer.Serialize(new DocumentTimers(b.ConsultationDays, b.ConsultationWorkingDays, b.MinDaysToEffect, b.FilingDays, b.ValidityYears,
                    b.TrialValidityYears, b.EvaluationMonthsBeforeExpiry), Options),
                Source = b.Source.Trim(), Confidence = b.Confidence, DocumentId = b.DocumentId,
            },
            r => r.ToTimerResponse(), ct);

    /// <summary>The version in force for the document's jurisdiction on the date, or null (no timers).</summary>
    public static async Task<GuidanceRuleRow?> InForceAsync(GuidanceRuleRepository rules, RuleDocumentType type, string jurisdiction, DateOnly on, CancellationToken ct)
    {
        var division = jurisdiction == Jurisdictions.National ? null : jurisdiction;
        var versions = (await rules.VersionsAsync(Kind, Jurisdictions.ChainOf(division), ct)).Where(r => r.RuleKey == type.ToString());
        return Table.Effective(versions, division, on);
    }
}
