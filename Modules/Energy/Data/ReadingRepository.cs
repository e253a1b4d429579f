using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Npgsql;
using NpgsqlTypes;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Energy.Data;

/// <summary>
/// Readings (energy_reading) and vehicle fuel (energy_vehicle_fuel), the raw data the roll-ups add up.
/// New readings go in through each provider's own bulk path.
/// </summary>
internal sealed class ReadingRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "meter_id, read_at, value_milli, consumption_milli, business_date, import_id";

    /// <summary>energy_reading's bulk shape: PostgreSQL's COPY writes each cell typed, without boxing.</summary>
    private static readonly BulkTable<ReadingRow> ReadingTable = new("energy_reading",
    [
        new("meter_id", typeof(Guid), r => r.MeterId),
        new("read_at", typeof(DateTimeOffset), r => r.ReadAt),
        new("value_milli", typeof(long), r => r.ValueMilli),
        new("consumption_milli", typeof(long), r => r.ConsumptionMilli),
        new("business_date", typeof(DateOnly), r => r.BusinessDate),
        new("import_id", typeof(Guid), r => r.ImportId),
    ],
    (writer, row) =>
    {
        writer.Write(row.MeterId, NpgsqlDbType.Uuid);
        writer.Write(row.ReadAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        writer.Write(row.ValueMilli, NpgsqlDbType.Bigint);
        writer.Write(row.ConsumptionMilli, NpgsqlDbType.Bigint);
        writer.Write(row.BusinessDate, NpgsqlDbType.Date);
        if (row.ImportId is { } importId)
        {
            writer.Write(importId, NpgsqlDbType.Uuid);
        }
        else
        {
            writer.WriteNull();
        }
    });

    /// <summary>Writes new readings in the current transaction through the provider's bulk path (<see cref="SqlDialect.BulkInsertAsync"/>).</summary>
    public Task BulkInsertAsync(IReadOnlyList<ReadingRow> rows, CancellationToken ct) => dialect.BulkInsertAsync(uow, ReadingTable, rows, ct);

    public Task<ReadingRow?> FindAsync(Guid meterId, DateTimeOffset readAt, CancellationToken ct) =>
        uow.Connection.QuerySingleOrDefaultAsync<ReadingRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_reading WHERE meter_id = @MeterId AND read_at = @ReadAt",
            new { MeterId = meterId, ReadAt = readAt }, uow.Transaction, cancellationToken: ct));

    public Task UpdateValueAsync(ReadingRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE energy_reading SET value_milli = @ValueMilli, consumption_milli = @ConsumptionMilli, import_id = @ImportId WHERE meter_id = @MeterId AND read_at = @ReadAt",
            row, uow.Transaction, cancellationToken: ct));

    public async Task<(IReadOnlyList<ReadingRow> Rows, long Total)> ListAsync(Guid meterId, DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("meter_id = @MeterId", "MeterId", meterId)
            .Where("read_at >= @From", "From", from)
            .Where("read_at < @To", "To", to);
        return await uow.PageAsync<ReadingRow>(dialect, "energy_reading", Columns, where, "ORDER BY read_at", page, ct);
    }

    public async Task<bool> VehicleEventSeenAsync(Guid eventId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM energy_vehicle_fuel WHERE event_id = @EventId", new { EventId = eventId }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    public Task InsertVehicleFuelAsync(Guid eventId, Guid institutionId, Guid vehicleId, string kind, DateOnly day, long quantityMilli, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO energy_vehicle_fuel (event_id, institution_id, vehicle_id, kind, day, quantity_milli) VALUES (@EventId, @InstitutionId, @VehicleId, @Kind, @Day, @QuantityMilli)",
            new { EventId = eventId, InstitutionId = institutionId, VehicleId = vehicleId, Kind = kind, Day = day, QuantityMilli = quantityMilli },
            uow.Transaction, cancellationToken: ct));
}
