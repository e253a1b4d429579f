using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace OrganAffairs.Shared.Data;

/// <summary>One column of a bulk insert: its name and how to read its value (null for SQL NULL) from a row.</summary>
public sealed record BulkColumn<T>(string Name, Type Type, Func<T, object?> Value);

/// <summary>
/// A table's bulk-insert shape: its columns for SQL Server's bulk copy and the row-by-row insert, and a
/// typed row writer for PostgreSQL's binary COPY (a boxed value per cell cost more CPU than the rest of
/// a reading's path).
/// </summary>
public sealed record BulkTable<T>(string Name, IReadOnlyList<BulkColumn<T>> Columns, Action<NpgsqlBinaryImporter, T> WriteCopyRow);

/// <summary>A connection that wraps another (diagnostics, the tests' recorder); the bulk paths need the provider's own.</summary>
public interface IWrappingConnection
{
    DbConnection Inner { get; }
}

/// <summary>
/// A connection that stands in for another provider and runs a bulk insert as one INSERT per row
/// through itself (the tests' SQL Server text run over SQLite, which checks each row's text as SQL
/// Server would get it). Any other mismatch between the dialect and the connection fails loudly.
/// </summary>
public interface IBulkAsRows;

public sealed partial class SqlDialect
{
    /// <summary>
    /// SQL Server's bulk copy sends at most this many rows per batch: each batch is one statement, and a
    /// statement holding 5,000 row locks on a table escalates them to a table lock, which would block
    /// every reader of the table for the rest of the import's transaction.
    /// </summary>
    public const int BulkCopyBatchRows = 4000;

    /// <summary>
    /// Inserts the rows in the current transaction by the provider's own bulk path: PostgreSQL binary
    /// COPY, SQL Server SqlBulkCopy (row locks, no timeout of its own — the endpoint's time limit cancels
    /// it through <paramref name="ct"/>), SQLite one prepared INSERT run per row. A wrapped connection is
    /// unwrapped; a connection of another provider is an error, never a silent slow path.
    /// </summary>
    public async Task BulkInsertAsync<T>(UnitOfWork uow, BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (provider == DatabaseProvider.Sqlite || uow.Connection is IBulkAsRows)
        {
            await InsertRowByRowAsync(uow.Connection, uow.Transaction, table, rows, ct);
            return;
        }
        var connection = Unwrap(uow.Connection);
        switch (provider, connection)
        {
            case (DatabaseProvider.PostgreSql, NpgsqlConnection npgsql):
                await CopyAsync(npgsql, table, rows, ct);
                break;
            case (DatabaseProvider.SqlServer, SqlConnection sql):
                await BulkCopyAsync(sql, (SqlTransaction?)Unwrap(uow.Transaction), table, rows, ct);
                break;
            default:
                throw new InvalidOperationException(
                    $"The {provider} bulk insert needs a {provider} connection, not {connection.GetType().Name}: a wrapper must implement {nameof(IWrappingConnection)}.");
        }
    }

    private static DbConnection Unwrap(DbConnection connection)
    {
        while (connection is IWrappingConnection wrapping)
        {
            connection = wrapping.Inner;
        }
        return connection;
    }

    private static DbTransaction? Unwrap(DbTransaction? transaction)
    {
        while (transaction is IWrappingTransaction wrapping)
        {
            transaction = wrapping.Inner;
        }
        return transaction;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            writer.StartRow();
            table.WriteCopyRow(writer, row);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task BulkCopyAsync<T>(SqlConnection connection, SqlTransaction? transaction, BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        using var data = new DataTable();
        foreach (var column in table.Columns)
        {
            // DATE columns take DateTime in a DataTable.
            data.Columns.Add(column.Name, column.Type == typeof(DateOnly) ? typeof(DateTime) : Nullable.GetUnderlyingType(column.Type) ?? column.Type);
        }
        foreach (var row in rows)
        {
            data.Rows.Add(table.Columns.Select(c => c.Value(row) switch
            {
                null => DBNull.Value,
                DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                var value => value,
            }).ToArray());
        }
        using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints, transaction)
        {
            DestinationTableName = table.Name,
            BatchSize = BulkCopyBatchRows,
            BulkCopyTimeout = 0,
        };
        foreach (DataColumn column in data.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }
        await bulk.WriteToServerAsync(data, ct);
    }

    private static async Task InsertRowByRowAsync<T>(DbConnection connection, DbTransaction? transaction, BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) " +
                              $"VALUES ({string.Join(", ", table.Columns.Select(c => ParameterOf(c.Name)))})";
        var parameters = table.Columns.Select(c =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = ParameterOf(c.Name);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].Value(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}

/// <summary>A transaction that wraps another (see <see cref="IWrappingConnection"/>).</summary>
public interface IWrappingTransaction
{
    DbTransaction Inner { get; }
}
