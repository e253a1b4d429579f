using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_contract, and the reads of work orders assigned under contracts for the assessment.</summary>
internal sealed class ContractRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns =
        "id, provider_name, provider_credit_code, credit_code_override_reason, division_code, service_items, starts_on, ends_on, long_term_reason, price_basis, value_fen, energy_targets, kpis, version, created_at, building_ids";

    private const string AmendmentColumns =
        "id, contract_id, contract_version, effective_on, reason, ends_on_before, ends_on, service_items_before, service_items, building_ids_before, building_ids, " +
        "price_basis_before, price_basis, long_term_reason, principal, created_at";

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
                    @ValueFen, @EnergyTargets, @Kpis, @Version, @CreatedAt, @BuildingIds)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>Writes an amendment's changes (term end, long-term reason, items, buildings, price basis) if the version is still the expected one.</summary>
    public async Task<bool> AmendAsync(ContractRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_contract SET ends_on = @EndsOn, long_term_reason = @LongTermReason, service_items = @ServiceItems, building_ids = @BuildingIds,
                price_basis = @PriceBasis, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new { row.Id, row.EndsOn, row.LongTermReason, row.ServiceItems, row.BuildingIds, row.PriceBasis, row.Version, ExpectedVersion = expectedVersion },
            uow.Transaction, cancellationToken: ct)) == 1;

    public Task InsertAmendmentAsync(ContractAmendmentRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_contract_amendment ({AmendmentColumns})
            VALUES (@Id, @ContractId, @ContractVersion, @EffectiveOn, @Reason, @EndsOnBefore, @EndsOn, @ServiceItemsBefore, @ServiceItems, @BuildingIdsBefore, @BuildingIds,
                    @PriceBasisBefore, @PriceBasis, @LongTermReason, @Principal, @CreatedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>A contract's amendments, oldest first.</summary>
    public async Task<IReadOnlyList<ContractAmendmentRow>> AmendmentsAsync(Guid contractId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ContractAmendmentRow>(new CommandDefinition(
            $"SELECT {AmendmentColumns} FROM logistics_contract_amendment WHERE contract_id = @Id ORDER BY contract_version",
            new { Id = contractId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The first and last months charged under the contract (null, null without charges).</summary>
    public async Task<(DateOnly? First, DateOnly? Last)> ChargedMonthsAsync(Guid contractId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<ChargedMonthsRow>(new CommandDefinition(
            "SELECT MIN(month) AS first_month, MAX(month) AS last_month FROM logistics_contract_charge WHERE contract_id = @Id AND amount_fen > 0",
            new { Id = contractId }, uow.Transaction, cancellationToken: ct));
        return (row.FirstMonth, row.LastMonth);
    }

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
