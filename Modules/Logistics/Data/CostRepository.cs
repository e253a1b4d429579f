using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Logistics.Data;

/// <summary>A row of logistics_contract_charge: one organ's share of a contract for one month.</summary>
internal sealed class ContractChargeRow
{
    public Guid Id { get; set; }
    public Guid ContractId { get; set; }
    public Guid OrganId { get; set; }
    public DateOnly Month { get; set; }
    public long AmountFen { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of logistics_contract_charge_correction.</summary>
internal sealed class ChargeCorrectionRow
{
    public Guid Id { get; set; }
    public Guid ChargeId { get; set; }
    public Guid ContractId { get; set; }
    public Guid OrganId { get; set; }
    public DateOnly Month { get; set; }
    public long PreviousFen { get; set; }
    public long AmountFen { get; set; }
    public long DifferenceFen { get; set; }
    public string Reason { get; set; } = "";
    public string Principal { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One organ's meetings of a year, summed.</summary>
internal sealed class MeetingCostRow
{
    public Guid OrganId { get; set; }
    public long Meetings { get; set; }
    public long AttendeeDays { get; set; }
    public long CostFen { get; set; }
    public long Unsettled { get; set; }
}

/// <summary>One organ's logistics service costs of a year, summed by source (C contract charges, W work orders, S service orders).</summary>
internal sealed class ServiceCostRow
{
    public Guid OrganId { get; set; }
    public string Source { get; set; } = "";
    public long AmountFen { get; set; }
}

/// <summary>All SQL on logistics_contract_charge, and the cost sums the Costs module reads.</summary>
internal sealed class CostRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string ChargeColumns = "id, contract_id, organ_id, month, amount_fen, note, created_at";

    /// <summary>Inserts the charge unless one exists for its contract, organ and month: false when one does.</summary>
    public async Task<bool> InsertChargeIfAbsentAsync(ContractChargeRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_contract_charge", ["contract_id", "organ_id", "month"], [], ["id", "amount_fen", "note", "created_at"]),
            row, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>One charge of a contract.</summary>
    public async Task<ContractChargeRow?> GetChargeAsync(Guid contractId, Guid chargeId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ContractChargeRow>(new CommandDefinition(
            $"SELECT {ChargeColumns} FROM logistics_contract_charge WHERE id = @Id AND contract_id = @ContractId",
            new { Id = chargeId, ContractId = contractId }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// The charge takes the corrected amount if it still has the amount read (false otherwise: a concurrent correction won), and
    /// the correction row keeps the amount before, the amount after and the signed difference.
    /// </summary>
    public async Task<bool> CorrectChargeAsync(ChargeCorrectionRow row, CancellationToken ct)
    {
        if (await uow.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE logistics_contract_charge SET amount_fen = @AmountFen WHERE id = @ChargeId AND amount_fen = @PreviousFen",
                new { row.ChargeId, row.AmountFen, row.PreviousFen }, uow.Transaction, cancellationToken: ct)) != 1)
        {
            return false;
        }
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO logistics_contract_charge_correction (id, charge_id, contract_id, organ_id, month, previous_fen, amount_fen, difference_fen, reason, principal, created_at)
            VALUES (@Id, @ChargeId, @ContractId, @OrganId, @Month, @PreviousFen, @AmountFen, @DifferenceFen, @Reason, @Principal, @CreatedAt)
            """, row, uow.Transaction, cancellationToken: ct));
        return true;
    }

    /// <summary>Locks the contract's row until the transaction ends, so two charges of one contract are summed one after the other.</summary>
    public Task<bool> LockContractAsync(Guid contractId, CancellationToken ct) => dialect.LockRowAsync(uow, "logistics_contract", contractId, ct);

    /// <summary>The sum of a contract's charges.</summary>
    public async Task<long> ChargedFenAsync(Guid contractId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(SUM(amount_fen), 0) FROM logistics_contract_charge WHERE contract_id = @ContractId",
            new { ContractId = contractId }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>A contract's charges, by month then organ.</summary>
    public async Task<IReadOnlyList<ContractChargeRow>> ChargesAsync(Guid contractId, Guid? organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ContractChargeRow>(new CommandDefinition(
            $"""
            SELECT {ChargeColumns} FROM logistics_contract_charge
            WHERE contract_id = @ContractId AND (@OrganId IS NULL OR organ_id = @OrganId)
            ORDER BY month, organ_id
            """, new { ContractId = contractId, OrganId = organId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// Per organ among <paramref name="organIds"/> (read in chunks), its meetings not cancelled whose start is in [from, to):
    /// count, attendees × days, the settled cost (the budget where none is settled) and how many are unsettled.
    /// </summary>
    public async Task<IReadOnlyList<MeetingCostRow>> MeetingCostsAsync(IReadOnlyCollection<Guid> organIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await uow.QueryChunkedAsync<MeetingCostRow>(organIds, chunk => (
            $"""
            SELECT organ_id, COUNT(*) AS meetings, COALESCE(SUM(attendees * days), 0) AS attendee_days,
                   COALESCE(SUM(COALESCE(settled_cost_fen, budget_fen)), 0) AS cost_fen,
                   COALESCE(SUM(CASE WHEN settled_cost_fen IS NULL THEN 1 ELSE 0 END), 0) AS unsettled
            FROM logistics_meeting
            WHERE {dialect.InList("organ_id", "@Ids")} AND status <> @Cancelled AND starts_at >= @From AND starts_at < @To
            GROUP BY organ_id
            """, new { Ids = chunk, Cancelled = "Cancelled", From = from, To = to }), ct)).AsReadOnly();

    /// <summary>
    /// Per organ among <paramref name="organIds"/> (read in chunks; the list appears once, so a chunk stays under SQL Server's parameter limit), in one statement: contract charges of the months of
    /// [<paramref name="firstMonth"/>, <paramref name="lastMonth"/>], costs on work orders closed and on service orders
    /// delivered in [from, to).
    /// </summary>
    public async Task<IReadOnlyList<ServiceCostRow>> ServiceCostsAsync(
        IReadOnlyCollection<Guid> organIds, DateOnly firstMonth, DateOnly lastMonth, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await uow.QueryChunkedAsync<ServiceCostRow>(organIds, chunk => (
            $"""
            SELECT organ_id, source, SUM(amount_fen) AS amount_fen FROM (
                SELECT organ_id, 'C' AS source, amount_fen FROM logistics_contract_charge
                WHERE month >= @FirstMonth AND month <= @LastMonth
                UNION ALL
                SELECT organ_id, 'W' AS source, cost_fen AS amount_fen FROM logistics_work_order
                WHERE status = @Closed AND cost_fen IS NOT NULL AND closed_at >= @From AND closed_at < @To
                UNION ALL
                SELECT organ_id, 'S' AS source, cost_fen AS amount_fen FROM logistics_service_order
                WHERE status = @Delivered AND cost_fen IS NOT NULL AND delivered_at >= @From AND delivered_at < @To
            ) costs
            WHERE {dialect.InList("organ_id", "@Ids")}
            GROUP BY organ_id, source
            """, new { Ids = chunk, FirstMonth = firstMonth, LastMonth = lastMonth, From = from, To = to, Closed = "Closed", Delivered = "Delivered" }), ct)).AsReadOnly();
}
