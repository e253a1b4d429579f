using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_contract, and the reads of work orders assigned under contracts for the assessment.</summary>
internal sealed class ContractRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns =
        "id, provider_name, provider_credit_code, credit_code_override_reason, division_code, service_items, starts_on, ends_on, long_term_reason, price_basis, value_fen, energy_targets, kpis, version, created_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsOn"] = "starts_on",
        ["endsOn"] = "ends_on",
        ["providerName"] = "provider_name",
    }, "-startsOn", "id");

    /// <summary>The contract (the bureau's data: every principal of the module reads it).</summary>
    public async Task<ContractRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ContractRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_contract WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public Task InsertAsync(ContractRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_contract ({Columns})
            VALUES (@Id, @ProviderName, @ProviderCreditCode, @CreditCodeOverrideReason, @DivisionCode, @ServiceItems, @StartsOn, @EndsOn, @LongTermReason, @PriceBasis,
                    @ValueFen, @EnergyTargets, @Kpis, @Version, @CreatedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<ContractRow> Rows, long Total)> ListAsync(string? providerCreditCode, DateOnly? inForceOn, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("provider_credit_code = @Code", "Code", providerCreditCode)
            .Where("starts_on <= @On AND ends_on >= @On", "On", inForceOn);
        return uow.PageAsync<ContractRow>(dialect, "logistics_contract", Columns, where, orderBy, page, ct);
    }

    /// <summary>The contracts with these ids, read in chunks.</summary>
    public async Task<IReadOnlyList<ContractRow>> ManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : await uow.QueryChunkedAsync<ContractRow>(ids, chunk => ($"SELECT {Columns} FROM logistics_contract WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }), ct);

    /// <summary>Work orders assigned under a contract (any organ: the assessment is the bureau's), raised in [from, to).</summary>
    public async Task<IReadOnlyList<AssessedOrderRow>> AssessedOrdersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AssessedOrderRow>(new CommandDefinition(
            """
            SELECT contract_id, sla_policy_id, status, respond_breached, resolve_breached, rating FROM logistics_work_order
            WHERE contract_id IS NOT NULL AND raised_at >= @From AND raised_at < @To AND status <> @Cancelled
            ORDER BY contract_id, id
            """, new { From = from, To = to, Cancelled = "Cancelled" }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
