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

        public override void ExplicitVisit(SelectStatement node)
        {
            // A plain SELECT WITH (UPDLOCK) can be answered from a nonclustered index that carries the
            // column asked for: the lock then lands on that index, and writers of the row pass it.
            var hints = new UpdateLockHints();
            node.Accept(hints);
            Problems.AddRange(hints.Unpinned.Select(t =>
                $"line {t.StartLine}: {t.SchemaObject.BaseIdentifier.Value} is read WITH (UPDLOCK) without pinning the clustered primary key (INDEX(1)); the lock may land on another index"));
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(LikePredicate node)
        {
            // A search text's %, _ and [ are wildcards on SQL Server: the pattern is escaped (SqlFilter) and says how.
            if (node.EscapeExpression is null && node.SecondExpression is VariableReference)
            {
                Problems.Add($"line {node.StartLine}: LIKE with a parameter and no ESCAPE; escape the text (PagedQueries.Contains) and add ESCAPE '\\'");
            }
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(MergeStatement node)
        {
            var keys = new ColumnNames();
            node.MergeSpecification.SearchCondition?.Accept(keys);
            var set = node.MergeSpecification.ActionClauses
                .Select(c => c.Action).OfType<UpdateMergeAction>()
                .SelectMany(a => a.SetClauses.OfType<AssignmentSetClause>())
                .Select(c => c.Column?.MultiPartIdentifier?.Identifiers.Last().Value)
                .OfType<string>();
            foreach (var column in set.Where(c => c.Equals("id", StringComparison.OrdinalIgnoreCase) || keys.Names.Contains(c)))
            {
                Problems.Add($"line {node.StartLine}: the upsert updates its key column {column}; a key is inserted, never rewritten");
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

/// <summary>Tables read WITH (UPDLOCK) and no INDEX hint.</summary>
internal sealed class UpdateLockHints : TSqlFragmentVisitor
{
    public List<NamedTableReference> Unpinned { get; } = [];

    public override void ExplicitVisit(NamedTableReference node)
    {
        if (node.TableHints.Any(h => h.HintKind == TableHintKind.UpdLock) && !node.TableHints.OfType<IndexTableHint>().Any())
        {
            Unpinned.Add(node);
        }
        base.ExplicitVisit(node);
    }
}

/// <summary>The last part of every column named in a fragment (case-insensitive).</summary>
internal sealed class ColumnNames : TSqlFragmentVisitor
{
    public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override void ExplicitVisit(ColumnReferenceExpression node)
    {
        if (node.MultiPartIdentifier?.Identifiers.LastOrDefault()?.Value is { } name)
        {
            Names.Add(name);
        }
        base.ExplicitVisit(node);
    }
}
