using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Energy.Data;

/// <summary>The module's rule table (energy_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, kind, rule_key, jurisdiction, effective_from, effective_to, value, source, confidence";

    /// <summary>Every version of the kinds (the table is small; callers resolve by jurisdiction and date).</summary>
    public async Task<IReadOnlyList<RuleRow>> VersionsAsync(IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RuleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_rule WHERE {dialect.InList("kind", "@Kinds")} ORDER BY kind, rule_key, jurisdiction, effective_from",
            new { Kinds = kinds.ToArray() }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(RuleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO energy_rule ({Columns}) VALUES (@Id, @Kind, @RuleKey, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Value, @Source, @Confidence)",
            new { row.Id, row.Kind, row.RuleKey, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, row.Value, row.Source, Confidence = row.Confidence.ToString() },
            uow.Transaction, cancellationToken: ct));

    public Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE energy_rule SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
