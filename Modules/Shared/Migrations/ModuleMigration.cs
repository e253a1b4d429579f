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

    protected ICreateTableColumnOptionOrWithColumnSyntax Instant(ICreateTableColumnAsTypeSyntax column) =>
        IsSqlite ? column.AsCustom("TEXT") : column.AsDateTimeOffset();
}
