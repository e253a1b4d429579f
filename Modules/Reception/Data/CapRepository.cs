using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Reception.Data;

/// <summary>All SQL on reception_cap: one row per organ and year, locked by every change of its use.</summary>
internal sealed class CapRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, organ_id, year, cap_fen, reserved_fen, spent_fen, warn_percent, version";

    public async Task<CapRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CapRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_cap WHERE organ_id = @OrganId AND year = @Year", new { OrganId = organId, Year = year },
            uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The organ's cap row for the year, locked until the transaction ends; null when no cap is set.</summary>
    public async Task<CapRow?> LockAsync(Guid organId, int year, CancellationToken ct)
    {
        var found = await GetAsync(organId, year, ct);
        if (found is null || !await dialect.LockRowAsync(uow, "reception_cap", found.Id, ct))
        {
            return null;
        }
        // Read again under the lock: a parallel approval may have changed it between the read and the lock.
        return await GetAsync(organId, year, ct);
    }

    public Task InsertAsync(CapRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO reception_cap ({Columns}) VALUES (@Id, @OrganId, @Year, @CapFen, @ReservedFen, @SpentFen, @WarnPercent, @Version)",
            row, uow.Transaction, cancellationToken: ct));

    public Task UpdateAsync(CapRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE reception_cap SET cap_fen = @CapFen, reserved_fen = @ReservedFen, spent_fen = @SpentFen, warn_percent = @WarnPercent, version = @Version WHERE id = @Id",
            row, uow.Transaction, cancellationToken: ct));
}
