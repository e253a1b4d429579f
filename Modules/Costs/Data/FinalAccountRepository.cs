using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_final_account.</summary>
internal sealed class FinalAccountRepository(UnitOfWork uow)
{
    private const string Columns = "id, organ_id, year, approved_on, reception_fen, vehicle_purchase_fen, vehicle_operation_fen, outbound_visit_fen, recorded_at";

    public async Task<FinalAccountRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<FinalAccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM costs_final_account WHERE organ_id = @OrganId AND year = @Year", new { OrganId = organId, Year = year },
            uow.Transaction, cancellationToken: ct));
    }

    public Task InsertAsync(FinalAccountRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO costs_final_account ({Columns}) VALUES (@Id, @OrganId, @Year, @ApprovedOn, @ReceptionFen, @VehiclePurchaseFen, @VehicleOperationFen, @OutboundVisitFen, @RecordedAt)",
            row, uow.Transaction, cancellationToken: ct));
}
