using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>The module's rule table (foreign_affairs_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, kind, rule_key, jurisdiction, effective_from, effective_to, value, source, confidence";

    public async Task<IReadOnlyList<RuleRow>> VersionsAsync(string kind, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("kind = @Kind", "Kind", kind);
        if (jurisdictions is { Count: > 0 })
        {
            filter.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RuleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_rule{filter.Sql} ORDER BY rule_key, jurisdiction, effective_from",
            filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of one rule (kind and key), for <see cref="RuleTable"/>.</summary>
    public RuleStore<RuleRow> Rule(string kind, string key) => new(
        async (jurisdictions, ct) => (await VersionsAsync(kind, jurisdictions, ct)).Where(r => r.RuleKey == key).ToList(), SetEffectiveToAsync, InsertAsync);

    private Task InsertAsync(RuleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO foreign_affairs_rule ({Columns}) VALUES (@Id, @Kind, @RuleKey, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Value, @Source, @Confidence)",
            row, uow.Transaction, cancellationToken: ct));

    private Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE foreign_affairs_rule SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
