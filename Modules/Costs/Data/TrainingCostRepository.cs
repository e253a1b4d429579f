using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_training_cost (training costs entered for the disclosure's companion table).</summary>
internal sealed class TrainingCostRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, organ_id, year, courses, trainees, amount_fen, note, version, created_at, updated_at";

    private static readonly string[] AllColumns = Columns.Split(", ");

    public async Task<TrainingCostRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TrainingCostRow>(new CommandDefinition(
            $"SELECT {Columns} FROM costs_training_cost WHERE organ_id = @OrganId AND year = @Year",
            new { OrganId = organId, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The first entry of the organ's year unless one exists (insert-if-absent on organ and year): false when another request entered it first.</summary>
    public async Task<bool> InsertIfAbsentAsync(TrainingCostRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("costs_training_cost", ["organ_id", "year"], [], AllColumns.Where(c => c is not "organ_id" and not "year").ToArray()),
            row, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Conditional update on the version the client read.</summary>
    public async Task<bool> UpdateAsync(TrainingCostRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE costs_training_cost SET courses = @Courses, trainees = @Trainees, amount_fen = @AmountFen, note = @Note, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @Expected
            """,
            new { row.Id, row.Courses, row.Trainees, row.AmountFen, row.Note, row.Version, row.UpdatedAt, Expected = expectedVersion },
            uow.Transaction, cancellationToken: ct)) == 1;
}
