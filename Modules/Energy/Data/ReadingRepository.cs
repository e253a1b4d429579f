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

    /// <summary>
    /// Writes new readings in the current transaction: PostgreSQL binary COPY, SQL Server SqlBulkCopy, and
    /// otherwise (SQLite) one prepared INSERT run per row.
    /// </summary>
    public async Task BulkInsertAsync(IReadOnlyList<ReadingRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        switch (uow.Connection)
        {
            case NpgsqlConnection npgsql:
                await CopyAsync(npgsql, rows, ct);
                break;
            case SqlConnection sql:
                await BulkCopyAsync(sql, rows, ct);
                break;
            default:
                await PreparedInsertAsync(rows, ct);
                break;
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ReadingRow> rows, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY energy_reading ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        // Synchronous writes into the importer's buffer: a row is six small values, and an awaited write
        // per value cost more CPU than the rest of the row's path; the buffer goes out in 8 KiB blocks.
        foreach (var row in rows)
        {
            writer.StartRow();
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
        }
        await writer.CompleteAsync(ct);
    }

    private async Task BulkCopyAsync(SqlConnection connection, IReadOnlyList<ReadingRow> rows, CancellationToken ct)
    {
        using var table = new DataTable();
        table.Columns.Add("meter_id", typeof(Guid));
        table.Columns.Add("read_at", typeof(DateTimeOffset));
        table.Columns.Add("value_milli", typeof(long));
        table.Columns.Add("consumption_milli", typeof(long));
        table.Columns.Add("business_date", typeof(DateTime));
        table.Columns.Add("import_id", typeof(Guid));
        foreach (var row in rows)
        {
            table.Rows.Add(row.MeterId, row.ReadAt, row.ValueMilli, row.ConsumptionMilli, row.BusinessDate.ToDateTime(TimeOnly.MinValue),
                row.ImportId is { } id ? id : DBNull.Value);
        }
        using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints, (SqlTransaction?)uow.Transaction)
        {
            DestinationTableName = "energy_reading",
            BatchSize = rows.Count,
        };
        foreach (DataColumn column in table.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }
        await bulk.WriteToServerAsync(table, ct);
    }

    private async Task PreparedInsertAsync(IReadOnlyList<ReadingRow> rows, CancellationToken ct)
    {
        await using var command = uow.Connection.CreateCommand();
        command.Transaction = uow.Transaction;
        command.CommandText = $"INSERT INTO energy_reading ({Columns}) VALUES (@MeterId, @ReadAt, @ValueMilli, @ConsumptionMilli, @BusinessDate, @ImportId)";
        var meterId = Add(command, "@MeterId");
        var readAt = Add(command, "@ReadAt");
        var value = Add(command, "@ValueMilli");
        var consumption = Add(command, "@ConsumptionMilli");
        var date = Add(command, "@BusinessDate");
        var import = Add(command, "@ImportId");
        foreach (var row in rows)
        {
            meterId.Value = row.MeterId;
            readAt.Value = row.ReadAt;
            value.Value = row.ValueMilli;
            consumption.Value = row.ConsumptionMilli;
            date.Value = row.BusinessDate;
            import.Value = row.ImportId is { } id ? id : DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

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
