using Dapper;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Organs.Data;

/// <summary>The rank rule table (organs_rank): versions per jurisdiction, resolved in .NET.</summary>
internal sealed class RankRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, jurisdiction, level, code, name_zh, name_en, is_leader, sort_order, effective_from, effective_to, source, document_id";

    public async Task<IReadOnlyList<RankRow>> VersionsAsync(AdministrativeLevel? level, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (level is { } l)
        {
            where.Add("level = @Level");
            parameters.Add("Level", l.ToString());
        }
        if (jurisdictions is { Count: > 0 })
        {
            where.Add(dialect.InList("jurisdiction", "@Jurisdictions"));
            parameters.Add("Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RankRow>(new CommandDefinition(
            $"SELECT {Columns} FROM organs_rank{(where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where))} ORDER BY level, sort_order, code, jurisdiction, effective_from",
            parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The ranks in force for an organ's level and division on a date, most specific jurisdiction per code.</summary>
    public async Task<IReadOnlyList<RankRow>> InForceAsync(AdministrativeLevel level, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = await VersionsAsync(level, Jurisdictions.ChainOf(divisionCode), ct);
        return RuleResolver.ResolveEach(versions, r => r.Code, divisionCode, on).OrderBy(r => r.SortOrder).ToList();
    }

    /// <summary>The versions of one rank (level and code), for <see cref="RuleTable"/>.</summary>
    public RuleStore<RankRow> Rank(AdministrativeLevel level, string code) => new(
        async (jurisdictions, ct) => (await VersionsAsync(level, jurisdictions, ct)).Where(r => r.Code == code).ToList(), SetEffectiveToAsync, InsertAsync);

    private Task InsertAsync(RankRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO organs_rank ({Columns}) VALUES (@Id, @Jurisdiction, @Level, @Code, @NameZh, @NameEn, @IsLeader, @SortOrder, @EffectiveFrom, @EffectiveTo, @Source, @DocumentId)",
            new
            {
                row.Id, row.Jurisdiction, Level = row.Level.ToString(), row.Code, row.NameZh, row.NameEn, row.IsLeader, row.SortOrder,
                row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId,
            }, uow.Transaction, cancellationToken: ct));

    private Task SetEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organs_rank SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));
}
