using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Data;

/// <summary>Imports (energy_import) and their error reports (energy_import_error).</summary>
internal sealed class ImportRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, principal, organ_id, status, mode, on_duplicate, format, rows_read, accepted, replaced, duplicates, rejected, message, started_at, finished_at";

    public Task InsertAsync(ImportRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO energy_import ({Columns})
            VALUES (@Id, @Principal, @OrganId, @Status, @Mode, @OnDuplicate, @Format, @RowsRead, @Accepted, @Replaced, @Duplicates, @Rejected, @Message, @StartedAt, @FinishedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    public Task UpdateAsync(ImportRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE energy_import SET status = @Status, rows_read = @RowsRead, accepted = @Accepted, replaced = @Replaced, duplicates = @Duplicates,
                   rejected = @Rejected, message = @Message, finished_at = @FinishedAt
            WHERE id = @Id
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<ImportRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ImportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_import WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertErrorsAsync(IEnumerable<ImportErrorRow> errors, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO energy_import_error (import_id, seq, row_number, field, code, message) VALUES (@ImportId, @Seq, @RowNumber, @Field, @Code, @Message)",
            errors, uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<ImportErrorRow> Rows, long Total)> ErrorsAsync(Guid importId, PageRequest page, CancellationToken ct) =>
        uow.PageAsync<ImportErrorRow>(dialect, "energy_import_error", "import_id, seq, row_number, field, code, message",
            new SqlFilter().Where("import_id = @ImportId", "ImportId", importId), "ORDER BY seq", page, ct);

    private static object Parameters(ImportRow row) => new
    {
        row.Id, row.Principal, row.OrganId, Status = row.Status.ToString(), Mode = row.Mode.ToString(), OnDuplicate = row.OnDuplicate.ToString(),
        Format = row.Format.ToString(), row.RowsRead, row.Accepted, row.Replaced, row.Duplicates, row.Rejected, row.Message, row.StartedAt, row.FinishedAt,
    };
}
