using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Shared.Rules;

/// <summary>A row of a module's kind-keyed rule table (<c>&lt;module&gt;_rule</c>): one version of one rule.</summary>
public interface IKindRuleRow : IRuleRow
{
    string Kind { get; }

    string RuleKey { get; }

    /// <summary>The kind's record as JSON.</summary>
    string Value { get; }

    string Source { get; }
}

/// <summary>
/// Where a module keeps its kind-keyed rules: the table and the optional columns it carries beyond the
/// common ones (a confidence as text, a register document id). A null accessor means the column is absent.
/// </summary>
public sealed record KindRuleTable<TRow>(string Table, Func<TRow, string>? Confidence = null, Func<TRow, Guid?>? DocumentId = null)
    where TRow : IKindRuleRow;

/// <summary>
/// The one SQL over a module's kind-keyed rule table (docs/adr/0034): versions per kind, key and
/// jurisdiction, resolved in .NET; the <see cref="RuleStore{T}"/> that <see cref="RuleTable"/> adds
/// versions through. Each module derives a repository naming its table.
/// </summary>
public abstract class KindRuleRepository<TRow>(UnitOfWork uow, SqlDialect dialect, KindRuleTable<TRow> table)
    where TRow : IKindRuleRow
{
    private readonly string _columns = "id, kind, rule_key, jurisdiction, effective_from, effective_to, value, source"
        + (table.Confidence is null ? "" : ", confidence")
        + (table.DocumentId is null ? "" : ", document_id");

    /// <summary>Every version of the kinds in the jurisdictions (all jurisdictions when null or empty).</summary>
    public async Task<IReadOnlyList<TRow>> VersionsAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var filter = new SqlFilter().Where(dialect.InList("kind", "@Kinds"), "Kinds", kinds.ToArray());
        if (jurisdictions is { Count: > 0 })
        {
            filter.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<TRow>(new CommandDefinition(
            $"SELECT {_columns} FROM {table.Table}{filter.Sql} ORDER BY kind, rule_key, jurisdiction, effective_from",
            filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Every version of one kind in the jurisdictions (all when null or empty).</summary>
    public Task<IReadOnlyList<TRow>> VersionsAsync(string kind, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct) =>
        VersionsAsync([kind], jurisdictions, ct);

    /// <summary>Per key, the most specific version in force for the division on the date.</summary>
    public async Task<IReadOnlyList<TRow>> InForceAsync(string kind, string? divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = await VersionsAsync(kind, Jurisdictions.ChainOf(divisionCode), ct);
        return RuleResolver.ResolveEach(versions, r => r.RuleKey, divisionCode, on).OrderBy(r => r.RuleKey, StringComparer.Ordinal).ToList();
    }

    /// <summary>The versions of one rule (kind and key), for <see cref="RuleTable"/>.</summary>
    public RuleStore<TRow> Rule(string kind, string key) => new(
        async (jurisdictions, ct) => (await VersionsAsync(kind, jurisdictions, ct)).Where(r => r.RuleKey == key).ToList(), SetEffectiveToAsync, InsertAsync);

    private Task InsertAsync(TRow row, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { row.Id, row.Kind, row.RuleKey, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, row.Value, row.Source });
        var values = "@Id, @Kind, @RuleKey, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Value, @Source";
        if (table.Confidence is { } confidence)
        {
            parameters.Add("Confidence", confidence(row));
            values += ", @Confidence";
        }
        if (table.DocumentId is { } documentId)
        {
            parameters.Add("DocumentId", documentId(row));
            values += ", @DocumentId";
        }
        return uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {table.Table} ({_columns}) VALUES ({values})", parameters, uow.Transaction, cancellationToken: ct));
    }

    private Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table.Table} SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
