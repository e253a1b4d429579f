using Dapper;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// A WHERE clause built from optional filters: each condition joins only when its value is given,
/// and every value is a parameter. The organ scope joins through <see cref="Scoped"/>.
/// </summary>
public sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    public DynamicParameters Parameters { get; } = new();

    public SqlFilter Where(string condition, string parameter, object? value)
    {
        if (value is not null && value is not string { Length: 0 })
        {
            _conditions.Add(condition);
            Parameters.Add(parameter, value);
        }
        return this;
    }

    public SqlFilter Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <summary>A condition built around the organ scope's predicate, with the scope's parameters.</summary>
    public SqlFilter Where(string condition, ScopeFilter scope)
    {
        _conditions.Add(condition);
        foreach (var (name, value) in scope.Parameters)
        {
            Parameters.Add(name, value);
        }
        return this;
    }

    /// <summary>Restricts to the caller's organ (or a lower-level bureau's jurisdiction) unless the caller sees every organ.</summary>
    public SqlFilter Scoped(OrganScope scope, string organColumn)
    {
        return scope.Filter(organColumn) is { } restricted ? Where(restricted.Sql, restricted) : this;
    }

    public string Sql => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);
}

public static class PagedQueries
{
    /// <summary>The total count and one page of a filtered, ordered table: the shape of every list endpoint.</summary>
    public static async Task<(IReadOnlyList<T> Rows, long Total)> PageAsync<T>(
        this UnitOfWork uow, SqlDialect dialect, string table, string columns, SqlFilter filter, string orderBy, PageRequest page, CancellationToken ct)
    {
        var parameters = filter.Parameters;
        parameters.Add("Skip", page.Skip);
        parameters.Add("Take", page.Take);
        var connection = await uow.ConnectionAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {table}{filter.Sql}", parameters, uow.Transaction, cancellationToken: ct));
        if (total == 0)
        {
            return ([], 0);
        }
        var rows = await connection.QueryAsync<T>(new CommandDefinition(
            dialect.Page($"SELECT {columns} FROM {table}{filter.Sql} {orderBy}"), parameters, uow.Transaction, cancellationToken: ct));
        return (rows.AsList(), total);
    }

    /// <summary>
    /// Runs a query whose id list is the parameter @Ids once per chunk of at most
    /// <see cref="SqlDialect.MaxListItems"/> distinct ids (Dapper sends one parameter per item to SQLite and
    /// SQL Server, and SQL Server refuses a command with more than 2,100) and concatenates the rows. A
    /// query's ORDER BY holds within a chunk; a caller that needs one order across chunks sorts the result.
    /// <paramref name="build"/> gives the text and parameters for one chunk (put the chunk in as Ids).
    /// </summary>
    public static async Task<List<T>> QueryChunkedAsync<T>(this UnitOfWork uow, IEnumerable<Guid> ids, Func<Guid[], (string Sql, object Parameters)> build, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var rows = new List<T>();
        foreach (var chunk in ids.Distinct().Chunk(SqlDialect.MaxListItems))
        {
            var (sql, parameters) = build(chunk);
            rows.AddRange(await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, uow.Transaction, cancellationToken: ct)));
        }
        return rows;
    }

    /// <summary>
    /// A LIKE pattern that matches the text anywhere, with %, _, [ and \ taken literally (use ESCAPE '\'):
    /// [ opens a character class in SQL Server's LIKE; an escaped [ is a plain [ on every provider.
    /// </summary>
    public static string Contains(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal) + "%";
}
