using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Guidance.Data;

/// <summary>A row of guidance_rule_document.</summary>
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
}

/// <summary>All SQL on guidance_rule_document (the rules register: rule data, read by every principal with guidance.read).</summary>
internal sealed class RuleDocumentRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns =
        "id, title, document_number, issuer, type, jurisdiction, status, trial, issued_on, published_on, effective_on, expires_on, registration_number, source_url, supersedes_id, superseded_by_id, created_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["publishedOn"] = "published_on",
        ["effectiveOn"] = "effective_on",
        ["createdAt"] = "created_at",
    }, "-createdAt", "id");

    public async Task<RuleDocumentRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<RuleDocumentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM guidance_rule_document WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public Task<(IReadOnlyList<RuleDocumentRow> Rows, long Total)> ListAsync(string? type, string? status, string? jurisdiction, PageRequest page, string orderBy, CancellationToken ct) =>
        uow.PageAsync<RuleDocumentRow>(dialect, "guidance_rule_document", Columns,
            new SqlFilter().Where("type = @Type", "Type", type).Where("status = @Status", "Status", status).Where("jurisdiction = @Jurisdiction", "Jurisdiction", jurisdiction),
            orderBy, page, ct);

    public Task InsertAsync(RuleDocumentRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_rule_document ({Columns})
            VALUES (@Id, @Title, @DocumentNumber, @Issuer, @Type, @Jurisdiction, @Status, @Trial, @IssuedOn, @PublishedOn, @EffectiveOn, @ExpiresOn,
                    @RegistrationNumber, @SourceUrl, @SupersedesId, @SupersededById, @CreatedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>Links the replaced document to its successor, and marks it Superseded when the successor is in force.</summary>
    public Task LinkSuccessorAsync(Guid replacedId, Guid successorId, string? status, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE guidance_rule_document SET superseded_by_id = @SuccessorId, status = COALESCE(@Status, status) WHERE id = @Id",
            new { Id = replacedId, SuccessorId = successorId, Status = status }, uow.Transaction, cancellationToken: ct));
}
