using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>
/// The one check every SQL Server text goes through: it must parse as T-SQL (SQL Server 2022,
/// <see cref="TSql160Parser"/>) with no error, and must not use the few constructs that parse but
/// fail on SQL Server because they mean something else there (docs/adr/0012).
/// </summary>
public static class TSqlCheck
{
    /// <summary>Functions of SQLite or PostgreSQL that T-SQL does not have (it would fail at run time, not at parse).</summary>
    private static readonly HashSet<string> ForeignFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOW", "LENGTH", "SUBSTR", "IFNULL", "RANDOM", "STRFTIME", "JULIANDAY", "DATETIME", "GEN_RANDOM_UUID",
        "ARRAY_AGG", "STRING_TO_ARRAY", "UNNEST", "TO_CHAR", "TO_DATE", "TO_TIMESTAMP", "DATE_TRUNC", "GROUP_CONCAT",
    };

    /// <summary>Database clock functions: business time comes from TimeProvider, never from the database (docs/adr/0009).</summary>
    private static readonly HashSet<string> ClockFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "GETDATE", "GETUTCDATE", "SYSDATETIME", "SYSUTCDATETIME", "SYSDATETIMEOFFSET",
    };

    /// <summary>
    /// Problems of one text; empty when it is good T-SQL. <paramref name="applicationSql"/> adds the
    /// rules for the SQL the application sends (no database clock); the DDL script leaves it off, since
    /// FluentMigrator stamps its version rows with GETUTCDATE().
    /// </summary>
    public static IReadOnlyList<string> Problems(string sql, bool applicationSql = true)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        var problems = errors.Select(e => $"line {e.Line}, column {e.Column}: error {e.Number}: {e.Message}").ToList();
        if (problems.Count == 0 && fragment is not null)
        {
            var lint = new PortabilityLint(applicationSql);
            fragment.Accept(lint);
            problems.AddRange(lint.Problems);
        }
        return problems;
    }

    private sealed class PortabilityLint(bool applicationSql) : TSqlFragmentVisitor
    {
        public List<string> Problems { get; } = [];

        public override void ExplicitVisit(ColumnReferenceExpression node)
        {
            // TRUE/FALSE parse as a column name in T-SQL; SQLite and PostgreSQL accept them as booleans.
            if (node.MultiPartIdentifier?.Identifiers is [{ QuoteType: QuoteType.NotQuoted, Value: var name }]
                && (name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Equals("FALSE", StringComparison.OrdinalIgnoreCase)))
            {
                Problems.Add($"line {node.StartLine}: {name} is a column name in T-SQL, not a boolean; send a bool parameter (BIT)");
            }
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(FunctionCall node)
        {
            var name = node.FunctionName.Value;
            if (node.CallTarget is null && ForeignFunctions.Contains(name))
            {
                Problems.Add($"line {node.StartLine}: {name}() is not a T-SQL function");
            }
            if (applicationSql && node.CallTarget is null && ClockFunctions.Contains(name))
            {
                Problems.Add($"line {node.StartLine}: {name}() reads the database clock; pass the time from TimeProvider as a parameter");
            }
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(BinaryExpression node)
        {
            // SQL Server 2022 has no || operator (the parser knows it from Azure SQL); T-SQL concatenates with + or CONCAT().
            if (node.BinaryExpressionType == BinaryExpressionType.Concat)
            {
                Problems.Add($"line {node.StartLine}: || is not string concatenation on SQL Server 2022; use CONCAT()");
            }
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(ParameterlessCall node)
        {
            if (applicationSql && node.ParameterlessCallType == ParameterlessCallType.CurrentTimestamp)
            {
                Problems.Add($"line {node.StartLine}: CURRENT_TIMESTAMP reads the database clock; pass the time from TimeProvider as a parameter");
            }
            base.ExplicitVisit(node);
        }
    }
}
