using System.Data.Common;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// One connection per request scope and its current transaction. Repositories pass
/// <see cref="Connection"/> and <see cref="Transaction"/> to every Dapper call.
/// </summary>
public sealed class UnitOfWork(ConnectionFactory factory) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;
    private WriteLease _writeLease = WriteLease.None;

    private bool _readOnly;

    /// <summary>Whether a connection is open already (then a query keeps using it, see <see cref="ReplicaReads"/>).</summary>
    public bool HasConnection => _connection is not null;

    /// <summary>Reads of this unit go to a read-only connection (a replica); a later Begin drops it for the primary.</summary>
    public void UseReadOnly(DbConnection connection)
    {
        if (_connection is not null)
        {
            throw new InvalidOperationException("The unit of work has a connection already.");
        }
        _connection = connection;
        _readOnly = true;
    }

    public DbTransaction? Transaction { get; private set; }
    public bool InTransaction => Transaction is not null;

    public async Task<DbConnection> ConnectionAsync(CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = await factory.OpenAsync(ct);
        }
        return _connection;
    }

    /// <summary>The open connection; only valid after <see cref="ConnectionAsync"/> or <see cref="BeginAsync"/>.</summary>
    public DbConnection Connection => _connection ?? throw new InvalidOperationException("The unit of work has no open connection.");

    /// <summary>
    /// Commands get their transaction from the pipeline; only a request that commits in chunks (a streamed
    /// import) calls Begin, Commit and Rollback itself.
    /// </summary>
    public async Task BeginAsync(CancellationToken ct)
    {
        if (_readOnly)
        {
            // Never write through a replica: a command after a replica read opens the primary.
            await _connection!.DisposeAsync();
            _connection = null;
            _readOnly = false;
        }
        var connection = await ConnectionAsync(ct);
        // SQLite: one writer at a time, queued in arrival order here rather than in SQLite's busy loop (docs/adr/0045).
        _writeLease = await factory.EnterWriteAsync(ct);
        try
        {
            Transaction = await connection.BeginTransactionAsync(ct);
        }
        catch
        {
            ReleaseWriteGate();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await Transaction!.CommitAsync(ct);
            await Transaction.DisposeAsync();
            Transaction = null;
        }
        finally
        {
            if (Transaction is null)
            {
                ReleaseWriteGate();
            }
        }
    }

    private void ReleaseWriteGate()
    {
        _writeLease.Dispose();
        _writeLease = WriteLease.None;
    }

    /// <summary>Rolls back and drops the connection: after a failure it may be broken, and a retry starts clean.</summary>
    public async Task RollbackAsync()
    {
        try
        {
            if (Transaction is not null)
            {
                await Transaction.RollbackAsync(CancellationToken.None);
            }
        }
        catch (Exception)
        {
            // The connection may already be gone; disposing it below is all that is left to do.
        }
        finally
        {
            if (Transaction is not null)
            {
                await Transaction.DisposeAsync();
            }
            Transaction = null;
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
            _connection = null;
            ReleaseWriteGate();
            _readOnly = false;
        }
    }

    public void Dispose()
    {
        Transaction?.Dispose();
        _connection?.Dispose();
        ReleaseWriteGate();
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        ReleaseWriteGate();
    }
}
