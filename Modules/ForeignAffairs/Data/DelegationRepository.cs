using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_delegation and foreign_affairs_delegation_cost; every read passes the organ scope.</summary>
internal sealed class DelegationRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, title, country, host_grade, arrives_on, departs_on, guests, programme, created_at";
    private const string CostColumns =
        "id, delegation_id, organ_id, category, amount_fen, paid_on, payment_method, payment_reference, persons, accompanying, days, limit_fen, rule_version_id, created_at, corrects_id, reason";

    public async Task<DelegationRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<DelegationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_delegation WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>The delegations of <paramref name="organIds"/> arriving in the year (unscoped: the caller filters by the organ scope).</summary>
    public async Task<IReadOnlyList<DelegationRow>> ArrivingAsync(IReadOnlyCollection<Guid> organIds, int year, CancellationToken ct) =>
        await uow.QueryChunkedAsync<DelegationRow>(organIds, chunk => (
            $"SELECT {Columns} FROM foreign_affairs_delegation WHERE {dialect.InList("organ_id", "@Ids")} AND arrives_on >= @From AND arrives_on <= @To",
            new { Ids = chunk, From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) }), ct);

    /// <summary>The delegations arriving in the year that the caller may see, of one host organ or all, by arrival.</summary>
    public async Task<IReadOnlyList<DelegationRow>> OfYearVisibleAsync(int year, Guid? organId, CancellationToken ct)
    {
        var filter = new SqlFilter()
            .Where("arrives_on >= @From", "From", new DateOnly(year, 1, 1))
            .Where("arrives_on <= @To", "To", new DateOnly(year, 12, 31))
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DelegationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_delegation{filter.Sql} ORDER BY arrives_on, id", filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(DelegationRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO foreign_affairs_delegation ({Columns}) VALUES (@Id, @OrganId, @Title, @Country, @HostGrade, @ArrivesOn, @DepartsOn, @Guests, @Programme, @CreatedAt)",
            new { row.Id, row.OrganId, row.Title, row.Country, HostGrade = row.HostGrade.ToString(), row.ArrivesOn, row.DepartsOn, row.Guests, row.Programme, row.CreatedAt },
            uow.Transaction, cancellationToken: ct));

    /// <summary>The costs of the delegations (a report's delegations: chunked under SQL Server's parameter limit).</summary>
    public async Task<IReadOnlyList<DelegationCostRow>> CostsOfAsync(IReadOnlyCollection<Guid> delegationIds, CancellationToken ct)
    {
        if (delegationIds.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<DelegationCostRow>(delegationIds, chunk =>
            ($"SELECT {CostColumns} FROM foreign_affairs_delegation_cost WHERE {dialect.InList("delegation_id", "@Ids")} ORDER BY delegation_id, paid_on, created_at, id",
                new { Ids = chunk }), ct);
    }

    public Task InsertCostAsync(DelegationCostRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO foreign_affairs_delegation_cost ({CostColumns})
            VALUES (@Id, @DelegationId, @OrganId, @Category, @AmountFen, @PaidOn, @PaymentMethod, @PaymentReference, @Persons, @Accompanying, @Days, @LimitFen,
                    @RuleVersionId, @CreatedAt, @CorrectsId, @Reason)
            """,
            new
            {
                row.Id, row.DelegationId, row.OrganId, Category = row.Category.ToString(), row.AmountFen, row.PaidOn, PaymentMethod = row.PaymentMethod.ToString(),
                row.PaymentReference, row.Persons, row.Accompanying, row.Days, row.LimitFen, row.RuleVersionId, row.CreatedAt, row.CorrectsId, row.Reason,
            }, uow.Transaction, cancellationToken: ct));

    /// <summary>The delegation's row locked for the rest of the transaction, so two banquets recorded at once count against the same limit.</summary>
    public Task LockAsync(Guid id, CancellationToken ct) => dialect.LockRowAsync(uow, "foreign_affairs_delegation", id, ct);

    /// <summary>A page of costs in id order after <paramref name="after"/>, of a payment year or all, of the organs the caller may see.</summary>
    public async Task<IReadOnlyList<DelegationCostRow>> CostPageAsync(int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        if (year is { } y)
        {
            where.Where("paid_on >= @From", "From", new DateOnly(y, 1, 1)).Where("paid_on <= @To", "To", new DateOnly(y, 12, 31));
        }
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DelegationCostRow>(new CommandDefinition(
            dialect.Page($"SELECT {CostColumns} FROM foreign_affairs_delegation_cost{where.Sql} ORDER BY id"), where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
