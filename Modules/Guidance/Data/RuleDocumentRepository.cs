using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Data;

/// <summary>A row of guidance_rule_document; <see cref="Status"/> is read as of a day (see <see cref="RuleDocumentRepository"/>).</summary>
internal sealed class RuleDocumentRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public string Issuer { get; set; } = "";
    public string Type { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Status { get; set; } = "";
    public bool Trial { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? RegistrationNumber { get; set; }
    public string? SourceUrl { get; set; }
    public Guid? SupersedesId { get; set; }
    public Guid? SupersededById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateOnly? ConsultationStartsOn { get; set; }
    public DateOnly? ConsultationEndsOn { get; set; }
    public string? DelayExemptReason { get; set; }
    public DateOnly? FilingDueOn { get; set; }
    public DateOnly? FiledOn { get; set; }
    public string? FiledWith { get; set; }
    public DateOnly? EvaluationDueOn { get; set; }
    public DateOnly? EvaluatedOn { get; set; }
    public string? EvaluationOutcome { get; set; }
    public DateOnly? RepealedOn { get; set; }
    public string? RepealReason { get; set; }
    public DateOnly? SupersededOn { get; set; }
    public long Version { get; set; }

    /// <summary>The status as stored: the last one a command set (Status is the one as of the day read).</summary>
    public string StoredStatus { get; set; } = "";
}

/// <summary>A row of guidance_document_distribution: a document sent to one lower-level bureau.</summary>
internal sealed class DocumentDistributionRow
{
    public Guid DocumentId { get; set; }
    public Guid BureauId { get; set; }
    public DateOnly AcknowledgeBy { get; set; }
    public DateTimeOffset DistributedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }
}

/// <summary>A distribution owed, with its document's title and number, for the reminders.</summary>
internal sealed class OwedAcknowledgementRow
{
    public Guid DocumentId { get; set; }
    public Guid BureauId { get; set; }
    public DateOnly AcknowledgeBy { get; set; }
    public string Title { get; set; } = "";
    public string? DocumentNumber { get; set; }
}

/// <summary>
/// All SQL on the rules register (rule data, read by every principal with guidance.read) and its distributions (scoped by the
/// receiving bureau). The status is read as of a day, never stored ahead of it: a published document is InForce from its
/// effective date, Expired after its last valid day, Superseded from its successor's effective date — so no timer has to run
/// for a list to be right, and the list's status filter means the same as the answer's status.
/// </summary>
internal sealed class RuleDocumentRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Stored =
        "id, title, document_number, issuer, type, jurisdiction, trial, issued_on, published_on, effective_on, expires_on, registration_number, source_url, " +
        "supersedes_id, superseded_by_id, created_at, consultation_starts_on, consultation_ends_on, delay_exempt_reason, filing_due_on, filed_on, filed_with, " +
        "evaluation_due_on, evaluated_on, evaluation_outcome, repealed_on, repeal_reason, superseded_on, version";

    private const string Columns = Stored + ", stored_status, status";

    /// <summary>The register with each status as of @Today.</summary>
    private const string AsOfToday =
        $"""
        (SELECT {Stored}, status AS stored_status,
            CASE WHEN status IN ('Draft', 'Consultation', 'Repealed', 'Superseded') THEN status
                 WHEN superseded_on IS NOT NULL AND superseded_on <= @Today THEN 'Superseded'
                 WHEN status = 'Expired' OR (expires_on IS NOT NULL AND expires_on < @Today) THEN 'Expired'
                 WHEN effective_on IS NOT NULL AND effective_on <= @Today THEN 'InForce'
                 ELSE status END AS status
         FROM guidance_rule_document) d
        """;

    private const string DistributionColumns = "document_id, bureau_id, acknowledge_by, distributed_at, acknowledged_at, acknowledged_by";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["publishedOn"] = "published_on",
        ["effectiveOn"] = "effective_on",
        ["createdAt"] = "created_at",
    }, "-createdAt", "id");

    public async Task<RuleDocumentRow?> GetAsync(Guid id, DateOnly today, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<RuleDocumentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM {AsOfToday} WHERE id = @Id", new { Id = id, Today = today }, uow.Transaction, cancellationToken: ct));
    }

    public Task<(IReadOnlyList<RuleDocumentRow> Rows, long Total)> ListAsync(
        string? type, string? status, string? jurisdiction, DateOnly today, PageRequest page, string orderBy, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("type = @Type", "Type", type).Where("status = @Status", "Status", status).Where("jurisdiction = @Jurisdiction", "Jurisdiction", jurisdiction);
        filter.Parameters.Add("Today", today);
        return uow.PageAsync<RuleDocumentRow>(dialect, AsOfToday, Columns, filter, orderBy, page, ct);
    }

    /// <summary>The documents with a timer that may fall due: in consultation, or published and not repealed or replaced.</summary>
    public async Task<IReadOnlyList<RuleDocumentRow>> WithTimersAsync(DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RuleDocumentRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM {AsOfToday}
            WHERE (status = 'Consultation' AND consultation_ends_on <= @Horizon)
               OR (status IN ('Published', 'InForce') AND ((filing_due_on <= @Horizon AND filed_on IS NULL)
                   OR (evaluation_due_on <= @Horizon AND evaluated_on IS NULL) OR (expires_on BETWEEN @Today AND @Horizon)))
            ORDER BY id
            """, new { Today = today, Horizon = horizon }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(RuleDocumentRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_rule_document ({Stored}, status)
            VALUES (@Id, @Title, @DocumentNumber, @Issuer, @Type, @Jurisdiction, @Trial, @IssuedOn, @PublishedOn, @EffectiveOn, @ExpiresOn,
                    @RegistrationNumber, @SourceUrl, @SupersedesId, @SupersededById, @CreatedAt, @ConsultationStartsOn, @ConsultationEndsOn,
                    @DelayExemptReason, @FilingDueOn, @FiledOn, @FiledWith, @EvaluationDueOn, @EvaluatedOn, @EvaluationOutcome, @RepealedOn,
                    @RepealReason, @SupersededOn, @Version, @Status)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the document's lifecycle if its version is still the expected one (the status written is the one the command set).</summary>
    public async Task<bool> UpdateAsync(RuleDocumentRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_rule_document SET status = @Status, document_number = @DocumentNumber, published_on = @PublishedOn, effective_on = @EffectiveOn,
                expires_on = @ExpiresOn, registration_number = @RegistrationNumber, consultation_starts_on = @ConsultationStartsOn,
                consultation_ends_on = @ConsultationEndsOn, delay_exempt_reason = @DelayExemptReason, filing_due_on = @FilingDueOn, filed_on = @FiledOn,
                filed_with = @FiledWith, evaluation_due_on = @EvaluationDueOn, evaluated_on = @EvaluatedOn, evaluation_outcome = @EvaluationOutcome,
                repealed_on = @RepealedOn, repeal_reason = @RepealReason, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
            {
                row.Id, row.Status, row.DocumentNumber, row.PublishedOn, row.EffectiveOn, row.ExpiresOn, row.RegistrationNumber, row.ConsultationStartsOn,
                row.ConsultationEndsOn, row.DelayExemptReason, row.FilingDueOn, row.FiledOn, row.FiledWith, row.EvaluationDueOn, row.EvaluatedOn,
                row.EvaluationOutcome, row.RepealedOn, row.RepealReason, row.Version, ExpectedVersion = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>
    /// Links the replaced document to its successor: superseded from <paramref name="supersededOn"/> (the successor's effective date, when it
    /// has one), and marked Superseded at once when <paramref name="status"/> says so.
    /// </summary>
    public Task LinkSuccessorAsync(Guid replacedId, Guid successorId, string? status, DateOnly? supersededOn, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_rule_document SET superseded_by_id = @SuccessorId, status = COALESCE(@Status, status), superseded_on = @SupersededOn,
                version = version + 1
            WHERE id = @Id
            """, new { Id = replacedId, SuccessorId = successorId, Status = status, SupersededOn = supersededOn }, uow.Transaction, cancellationToken: ct));

    /// <summary>Adds the distributions not made yet (one per document and bureau; a repeated bureau keeps its first), in the key order of the provider so two distributions cannot deadlock.</summary>
    public async Task<int> DistributeAsync(IReadOnlyList<DocumentDistributionRow> rows, CancellationToken ct)
    {
        var added = 0;
        foreach (var row in rows.OrderBy(r => r.BureauId, dialect.KeyOrder))
        {
            added += await uow.Connection.ExecuteAsync(new CommandDefinition(
                dialect.Upsert("guidance_document_distribution", ["document_id", "bureau_id"], [], ["acknowledge_by", "distributed_at", "acknowledged_at", "acknowledged_by"]),
                row, uow.Transaction, cancellationToken: ct));
        }
        return added;
    }

    /// <summary>The document's distributions the caller may see (a lower-level bureau: its own jurisdiction's).</summary>
    public async Task<IReadOnlyList<DocumentDistributionRow>> DistributionsAsync(Guid documentId, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("document_id = @DocumentId", "DocumentId", documentId).Scoped(scope, "bureau_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DocumentDistributionRow>(new CommandDefinition(
            $"SELECT {DistributionColumns} FROM guidance_document_distribution{filter.Sql} ORDER BY bureau_id", filter.Parameters, uow.Transaction,
            cancellationToken: ct))).AsList();
    }

    /// <summary>Records the acknowledgement of a distribution the caller may see, once; false when there is none to acknowledge.</summary>
    public async Task<bool> AcknowledgeAsync(Guid documentId, Guid bureauId, DateTimeOffset at, Guid staffMemberId, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("document_id = @DocumentId", "DocumentId", documentId).Where("bureau_id = @BureauId", "BureauId", bureauId)
            .Where("acknowledged_at IS NULL").Scoped(scope, "bureau_id");
        filter.Parameters.Add("At", at);
        filter.Parameters.Add("StaffMemberId", staffMemberId);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE guidance_document_distribution SET acknowledged_at = @At, acknowledged_by = @StaffMemberId{filter.Sql}", filter.Parameters,
            uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>Acknowledgements owed by the horizon that the caller may see, with their documents.</summary>
    public async Task<IReadOnlyList<OwedAcknowledgementRow>> OwedAcknowledgementsAsync(DateOnly horizon, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("x.acknowledged_at IS NULL").Where("x.acknowledge_by <= @Horizon", "Horizon", horizon).Scoped(scope, "x.bureau_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OwedAcknowledgementRow>(new CommandDefinition(
            $"""
            SELECT x.document_id, x.bureau_id, x.acknowledge_by, g.title, g.document_number
            FROM guidance_document_distribution x JOIN guidance_rule_document g ON g.id = x.document_id{filter.Sql}
            ORDER BY x.acknowledge_by, x.document_id, x.bureau_id
            """, filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
