using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Data;

/// <summary>The module's rule table (energy_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, kind, rule_key, jurisdiction, effective_from, effective_to, value, source, confidence, document_id";

    /// <summary>Every version of the kinds (the table is small; callers resolve by jurisdiction and date).</summary>
    public async Task<IReadOnlyList<RuleRow>> VersionsAsync(IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RuleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_rule WHERE {dialect.InList("kind", "@Kinds")} ORDER BY kind, rule_key, jurisdiction, effective_from",
            new { Kinds = kinds.ToArray() }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of one rule (kind and key), for <see cref="RuleTable"/>.</summary>
    public RuleStore<RuleRow> Rule(string kind, string key) => new(
        async (jurisdictions, ct) => (await VersionsAsync([kind], ct)).Where(r => r.RuleKey == key && jurisdictions.Contains(r.Jurisdiction)).ToList(),
        SetEffectiveToAsync, InsertAsync);

    private Task InsertAsync(RuleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO energy_rule ({Columns}) VALUES (@Id, @Kind, @RuleKey, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Value, @Source, @Confidence, @DocumentId)",
            new { row.Id, row.Kind, row.RuleKey, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, row.Value, row.Source, Confidence = row.Confidence.ToString(), row.DocumentId },
            uow.Transaction, cancellationToken: ct));

    private Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE energy_rule SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
