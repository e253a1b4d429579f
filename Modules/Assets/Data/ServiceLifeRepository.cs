using Dapper;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Assets.Data;

/// <summary>The service-life rule table (assets_service_life): versions per category and jurisdiction, resolved in .NET.</summary>
internal sealed class ServiceLifeRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, category, jurisdiction, effective_from, effective_to, years, source, document_id";

    public async Task<IReadOnlyList<ServiceLifeRow>> VersionsAsync(IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var filter = new SqlFilter();
        if (jurisdictions is { Count: > 0 })
        {
            filter.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ServiceLifeRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_service_life{filter.Sql} ORDER BY category, jurisdiction, effective_from",
            filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of one category's service life, for <see cref="RuleTable"/>.</summary>
    public RuleStore<ServiceLifeRow> Category(AssetCategory category) => new(
        async (jurisdictions, ct) => (await VersionsAsync(jurisdictions, ct)).Where(r => r.Category == category).ToList(), SetEffectiveToAsync, InsertAsync);

    private Task InsertAsync(ServiceLifeRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO assets_service_life ({Columns}) VALUES (@Id, @Category, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Years, @Source, @DocumentId)",
            new { row.Id, Category = row.Category.ToString(), row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo, row.Years, row.Source, row.DocumentId },
            uow.Transaction, cancellationToken: ct));

    private Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE assets_service_life SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
