using Dapper;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_disclosure.</summary>
internal sealed class DisclosureRepository(UnitOfWork uow)
{
    public async Task<DisclosureRow?> GetAsync(Guid organId, int year, DisclosureKind kind, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DisclosureRow>(new CommandDefinition(
            "SELECT id, organ_id, year, kind, content, published_at FROM costs_disclosure WHERE organ_id = @OrganId AND year = @Year AND kind = @Kind",
            new { OrganId = organId, Year = year, Kind = kind.ToString() }, uow.Transaction, cancellationToken: ct));
    }

    public Task InsertAsync(DisclosureRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO costs_disclosure (id, organ_id, year, kind, content, published_at) VALUES (@Id, @OrganId, @Year, @Kind, @Content, @PublishedAt)",
            new { row.Id, row.OrganId, row.Year, Kind = row.Kind.ToString(), row.Content, row.PublishedAt }, uow.Transaction, cancellationToken: ct));
}
