using FluentMigrator;
using FluentMigrator.Builders.Create.Table;
using FluentMigrator.Infrastructure;

namespace OrganAffairs.Shared.Migrations;

/// <summary>
/// Base of every module migration. It learns which database it runs on, so that a column type
/// means the same everywhere: instants are timestamptz / DATETIMEOFFSET, and TEXT in UTC on SQLite
/// (FluentMigrator cannot map DateTimeOffset there); business dates are DATE.
/// </summary>
public abstract class ModuleMigration : Migration
{
    private string _databaseType = "SQLite";

    public override void GetUpExpressions(IMigrationContext context)
    {
        _databaseType = DatabaseTypeOf(context);
        base.GetUpExpressions(context);
    }

    public override void GetDownExpressions(IMigrationContext context)
    {
        _databaseType = DatabaseTypeOf(context);
        base.GetDownExpressions(context);
    }

    // Also set when the runner has no connection (the SQL Server script): FluentMigrator's
    // connectionless processor names the generator's database ("SqlServer2016").
    private static string DatabaseTypeOf(IMigrationContext context) =>
        context.QuerySchema?.DatabaseType is { Length: > 0 } type
            ? type
            : throw new InvalidOperationException("FluentMigrator did not say which database the migration is for.");

    public override void Down() => throw new NotSupportedException("Migrations are forward-only; a mistake is fixed by a new migration.");

    protected bool IsPostgres => _databaseType.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);

    protected bool IsSqlServer => _databaseType.StartsWith("SqlServer", StringComparison.OrdinalIgnoreCase);

    protected bool IsSqlite => _databaseType.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Makes the seeded national versions of a rule table whose source starts with <paramref name="sourceStartsWith"/> cite a
    /// seeded register document (issue 21 item 6, docs/adr/0052). Plain SQL, so that the SQL Server script holds it too: the id
    /// is digits only (the same text on every provider), and the prefix may not hold LIKE's wildcards.
    /// </summary>
    protected void CiteSeededDocument(string table, Guid documentId, string sourceStartsWith)
    {
        var id = documentId.ToString();
        if (id.Any(char.IsLetter) || sourceStartsWith.IndexOfAny(['%', '_', '[', ']']) >= 0 || sourceStartsWith.Length < 4)
        {
            throw new ArgumentException($"A cited document id must be digits only and a source prefix free of LIKE wildcards: {id} {sourceStartsWith}");
        }
        var prefix = (IsSqlServer ? "N'" : "'") + sourceStartsWith.Replace("'", "''") + "%'";
        Execute.Sql($"UPDATE {table} SET document_id = '{id}' WHERE jurisdiction = 'national' AND document_id IS NULL AND source LIKE {prefix}");
    }

    protected ICreateTableColumnOptionOrWithColumnSyntax Instant(ICreateTableColumnAsTypeSyntax column) =>
        IsSqlite ? column.AsCustom("TEXT") : column.AsDateTimeOffset();
}
