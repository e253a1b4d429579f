using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_operating_entry (the operating cost's entered figures).</summary>
internal sealed class OperatingCostRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns =
        "id, organ_id, year, rent_fen, property_fees_fen, repairs_fen, energy_bills_fen, logistics_services_fen, note, version, created_at, updated_at";

    private static readonly string[] AllColumns = Columns.Split(", ");

    public async Task<OperatingEntryRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<OperatingEntryRow>(new CommandDefinition(
            $"SELECT {Columns} FROM costs_operating_entry WHERE organ_id = @OrganId AND year = @Year",
            new { OrganId = organId, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The entered figures of the organs' year, in chunks.</summary>
    public async Task<IReadOnlyList<OperatingEntryRow>> OfOrgansAsync(IReadOnlyCollection<Guid> organIds, int year, CancellationToken ct) =>
        organIds.Count == 0 ? [] : await uow.QueryChunkedAsync<OperatingEntryRow>(organIds, chunk => (
            $"SELECT {Columns} FROM costs_operating_entry WHERE year = @Year AND {dialect.InList("organ_id", "@Ids")}", new { Year = year, Ids = chunk }), ct);

    /// <summary>
    /// The first entry of the organ's year, unless one exists (the dialect's insert-if-absent on the organ and year): false when another
    /// request entered it first, which the caller answers 412 (its If-Match named version 0).
    /// </summary>
    public async Task<bool> InsertIfAbsentAsync(OperatingEntryRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("costs_operating_entry", ["organ_id", "year"], [], AllColumns.Where(c => c is not "organ_id" and not "year").ToArray()),
            row, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Conditional update on the version the client read.</summary>
    public async Task<bool> UpdateAsync(OperatingEntryRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE costs_operating_entry SET rent_fen = @RentFen, property_fees_fen = @PropertyFeesFen, repairs_fen = @RepairsFen,
                energy_bills_fen = @EnergyBillsFen, logistics_services_fen = @LogisticsServicesFen, note = @Note, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @Expected
            """,
            new
            {
                row.Id, row.RentFen, row.PropertyFeesFen, row.RepairsFen, row.EnergyBillsFen, row.LogisticsServicesFen, row.Note, row.Version, row.UpdatedAt,
                Expected = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;
}
