using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>A parameter as the provider received it.</summary>
public sealed record RecordedParameter(string Name, DbType DbType, Type? ValueType, object? Value = null);

/// <summary>How a command was run: for rows affected (ExecuteNonQuery), for one value, or for rows.</summary>
public enum RecordedExecution
{
    NonQuery,
    Scalar,
    Reader,
}

/// <summary>One command the application sent: its final text (after Dapper's list expansion), where from, and its parameters.</summary>
public sealed record RecordedCommand(
    string Text, MethodBase? Caller, int CallerILOffset, IReadOnlyList<RecordedParameter> Parameters,
    RecordedExecution Execution = RecordedExecution.Reader, int ConnectionId = 0);

/// <summary>
/// Records every command sent through the connections it wraps (registered as the application's
/// <see cref="IConnectionInterceptor"/>). <see cref="Execute"/> decides what happens to a command:
/// it returns the text to run on the wrapped connection, or null to run nothing (a dry run).
/// </summary>
public sealed class SqlRecorder(Func<string, string?> execute) : IConnectionInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();

    /// <summary>
    /// Runs every command as written and keeps none: only the checks every command passes (no instant
    /// with an offset other than zero). The SQLite hosts of the test run use it; on PostgreSQL the
    /// driver itself refuses such an instant.
    /// </summary>
    public static SqlRecorder Guard() => new(text => text) { Retains = false };

    /// <summary>A recorder that runs nothing and needs no server: connections only pretend to open.</summary>
    public static SqlRecorder DryRun(object? scalar = null) => new(_ => null) { IsDryRun = true, DryScalar = scalar };

    public Func<string, string?> Execute { get; } = execute;

    public bool IsDryRun { get; private init; }

    /// <summary>Whether commands are kept (with the application frame that sent them); the guard keeps none.</summary>
    public bool Retains { get; private init; } = true;

    /// <summary>What ExecuteScalar answers in a dry run (e.g. a boxed int, as SQL Server answers COUNT(*)).</summary>
    public object? DryScalar { get; private init; }

    public IReadOnlyCollection<RecordedCommand> Commands => _commands;

    /// <summary>Whether its connections stand in for another provider's, so a bulk insert runs as one INSERT per row through them.</summary>
    public bool BulkAsRows { get; init; }

    public DbConnection Wrap(DbConnection connection) =>
        BulkAsRows ? new BulkAsRowsRecordingConnection(connection, this) : new RecordingConnection(connection, this);

    internal void Add(RecordedCommand command)
    {
        if (Retains)
        {
            _commands.Enqueue(command);
        }
    }

    /// <summary>
    /// Instants are UTC below the edge by construction (ADR 0016): a command that carries one with
    /// another offset is a bug at the edge, and fails the test that sent it.
    /// </summary>
    internal static void CheckParameters(DbParameterCollection parameters, string text)
    {
        foreach (DbParameter parameter in parameters)
        {
            if (parameter.Value is DateTimeOffset { Offset.Ticks: not 0 } instant)
            {
                throw new InvalidOperationException(
                    $"Parameter {parameter.ParameterName} carries the instant {instant:O}, not UTC; the edge must make every instant UTC. SQL: {text}");
            }
        }
    }

    /// <summary>The first frame of application code (not Dapper, not the runtime, not these tests) on the current stack.</summary>
    internal static (MethodBase? Method, int ILOffset) Caller()
    {
        foreach (var frame in new StackTrace(1, fNeedFileInfo: false).GetFrames())
        {
            var method = frame.GetMethod();
            var assembly = method?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is not null && SqlCallSites.IsApplicationAssembly(assembly))
            {
                return (method, frame.GetILOffset());
            }
        }
        return (null, -1);
    }
}

/// <summary>Passes everything to the wrapped connection; its commands report to the recorder.</summary>
internal class RecordingConnection(DbConnection inner, SqlRecorder recorder) : DbConnection, IWrappingConnection
{
    private static int _lastId;

    public DbConnection Inner => inner;

    /// <summary>Which connection sent a command: sequences (lock chunks, an upsert per row) are read per connection.</summary>
    public int Id { get; } = Interlocked.Increment(ref _lastId);

    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => inner.ConnectionString = value;
    }

    public override string Database => inner.Database;
    public override string DataSource => inner.DataSource;
    public override string ServerVersion => inner.ServerVersion;
    public override ConnectionState State => recorder.IsDryRun ? ConnectionState.Open : inner.State;

    public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);

    public override void Close()
    {
        if (!recorder.IsDryRun)
        {
            inner.Close();
        }
    }

    public override void Open()
    {
        if (!recorder.IsDryRun)
        {
            inner.Open();
        }
    }

    public override Task OpenAsync(CancellationToken cancellationToken) => recorder.IsDryRun ? Task.CompletedTask : inner.OpenAsync(cancellationToken);

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        new RecordingTransaction(inner.BeginTransaction(isolationLevel), this);

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        new RecordingTransaction(await inner.BeginTransactionAsync(isolationLevel, cancellationToken), this);

    protected override DbCommand CreateDbCommand()
    {
        // Dapper creates the command synchronously inside the application's call, so the caller is on the stack now.
        var (method, offset) = recorder.Retains ? SqlRecorder.Caller() : (null, -1);
        return new RecordingCommand(inner.CreateCommand(), this, recorder, method, offset);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>A recording connection standing in for SQL Server over SQLite: bulk inserts run as recorded INSERTs.</summary>
internal sealed class BulkAsRowsRecordingConnection(DbConnection inner, SqlRecorder recorder) : RecordingConnection(inner, recorder), IBulkAsRows;

internal sealed class RecordingTransaction(DbTransaction inner, RecordingConnection connection) : DbTransaction, IWrappingTransaction
{
    public DbTransaction Inner => inner;
    public override IsolationLevel IsolationLevel => inner.IsolationLevel;
    protected override DbConnection DbConnection => connection;

    public override void Commit() => inner.Commit();
    public override void Rollback() => inner.Rollback();
    public override Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);
    public override Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}

internal sealed class RecordingCommand(DbCommand inner, RecordingConnection connection, SqlRecorder recorder, MethodBase? caller, int callerOffset) : DbCommand
{
    private RecordingConnection? _connection = connection;
    private RecordingTransaction? _transaction;
    private string _text = "";

    [AllowNull]
    public override string CommandText
    {
        get => _text;
        set => _text = value ?? "";
    }

    public override int CommandTimeout
    {
        get => inner.CommandTimeout;
        set => inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => inner.CommandType;
        set => inner.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => inner.DesignTimeVisible;
        set => inner.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => inner.UpdatedRowSource;
        set => inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => _connection;
        set
        {
            _connection = (RecordingConnection?)value;
            inner.Connection = _connection?.Inner;
        }
    }

    protected override DbParameterCollection DbParameterCollection => inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set
        {
            _transaction = (RecordingTransaction?)value;
            inner.Transaction = _transaction?.Inner;
        }
    }

    public override void Cancel() => inner.Cancel();
    public override void Prepare() { }
    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

    /// <summary>Records the command; returns the text to run, or null when nothing is to run.</summary>
    private string? Record(RecordedExecution execution)
    {
        SqlRecorder.CheckParameters(inner.Parameters, _text);
        var parameters = inner.Parameters.Cast<DbParameter>()
            .Select(p => new RecordedParameter(p.ParameterName, p.DbType, p.Value is null or DBNull ? null : p.Value.GetType(), p.Value is DBNull ? null : p.Value))
            .ToList();
        recorder.Add(new RecordedCommand(_text, caller, callerOffset, parameters, execution, _connection?.Id ?? 0));
        var run = recorder.Execute(_text);
        if (run is not null)
        {
            inner.CommandText = run;
        }
        return run;
    }

    public override int ExecuteNonQuery() => Record(RecordedExecution.NonQuery) is null ? 0 : inner.ExecuteNonQuery();

    public override object? ExecuteScalar() => Record(RecordedExecution.Scalar) is null ? recorder.DryScalar : inner.ExecuteScalar();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        Record(RecordedExecution.Reader) is null ? new DataTable().CreateDataReader() : inner.ExecuteReader(behavior);

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Record(RecordedExecution.NonQuery) is null ? Task.FromResult(0) : inner.ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        Record(RecordedExecution.Scalar) is null ? Task.FromResult(recorder.DryScalar) : inner.ExecuteScalarAsync(cancellationToken);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        Record(RecordedExecution.Reader) is null ? new DataTable().CreateDataReader() : await inner.ExecuteReaderAsync(behavior, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
