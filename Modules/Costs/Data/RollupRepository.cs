using Dapper;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Data;

/// <summary>Which organs a roll-up sums: exactly one division code (本级) or a jurisdiction's LIKE pattern (whole).</summary>
internal sealed record RollupSelection(string? OwnDivisionCode, string? JurisdictionPattern);

/// <summary>The sum of one line over a roll-up's organs.</summary>
internal sealed class RollupLineRow
{
    public CostLine Line { get; set; }
    public long AmountFen { get; set; }
}

/// <summary>
/// All SQL of the jurisdiction roll-ups: sums over the organs that hold the year's budget (or final accounts), selected through the
/// Shared organ directory (DESIGN "Lower-level bureaus and jurisdiction") and the caller's scope, each sum one statement (no id lists).
/// </summary>
internal sealed class RollupRepository(UnitOfWork uow, OrganScope scope)
{
    /// <summary>The organs of the selection holding the year's budget (or final accounts).</summary>
    public async Task<IReadOnlyList<Guid>> OrgansAsync(DisclosureKind kind, int year, RollupSelection selection, CancellationToken ct)
    {
        var where = Filter(year, selection, "t.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            $"SELECT t.organ_id FROM {Table(kind)} t{where.Sql}", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The current figure per line: the budgets' line totals, or the final accounts' actuals.</summary>
    public async Task<IReadOnlyList<RollupLineRow>> CurrentAsync(DisclosureKind kind, int year, RollupSelection selection, CancellationToken ct)
    {
        var where = Filter(year, selection, "t.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        if (kind == DisclosureKind.Budget)
        {
            return (await connection.QueryAsync<RollupLineRow>(new CommandDefinition(
                $"SELECT l.line, CAST(SUM(l.basic_fen + l.project_fen) AS BIGINT) AS amount_fen FROM costs_budget t JOIN costs_budget_line l ON l.budget_id = t.id{where.Sql} GROUP BY l.line",
                where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
        }
        var sums = await connection.QuerySingleAsync<FinalAccountSums>(new CommandDefinition(
            $"""
            SELECT CAST(COALESCE(SUM(t.reception_fen), 0) AS BIGINT) AS reception_fen, CAST(COALESCE(SUM(t.vehicle_purchase_fen), 0) AS BIGINT) AS vehicle_purchase_fen,
                   CAST(COALESCE(SUM(t.vehicle_operation_fen), 0) AS BIGINT) AS vehicle_operation_fen, CAST(COALESCE(SUM(t.outbound_visit_fen), 0) AS BIGINT) AS outbound_visit_fen
            FROM costs_final_account t{where.Sql}
            """, where.Parameters, uow.Transaction, cancellationToken: ct));
        return
        [
            new() { Line = CostLine.Reception, AmountFen = sums.ReceptionFen },
            new() { Line = CostLine.VehiclePurchase, AmountFen = sums.VehiclePurchaseFen },
            new() { Line = CostLine.VehicleOperation, AmountFen = sums.VehicleOperationFen },
            new() { Line = CostLine.OutboundVisit, AmountFen = sums.OutboundVisitFen },
        ];
    }

    /// <summary>The previous year's actuals per line of the organs holding the year's budget (or final accounts), from the running totals.</summary>
    public async Task<IReadOnlyList<RollupLineRow>> PreviousAsync(DisclosureKind kind, int year, RollupSelection selection, CancellationToken ct)
    {
        var where = Filter(year, selection, "t.organ_id");
        where.Parameters.Add("Previous", year - 1);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RollupLineRow>(new CommandDefinition(
            $"SELECT e.line, CAST(SUM(e.amount_fen) AS BIGINT) AS amount_fen FROM costs_total e WHERE e.year = @Previous AND e.organ_id IN (SELECT t.organ_id FROM {Table(kind)} t{where.Sql}) GROUP BY e.line",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>How many of the organs have published the pack.</summary>
    public async Task<int> PublishedAsync(DisclosureKind kind, int year, RollupSelection selection, CancellationToken ct)
    {
        var where = Filter(year, selection, "t.organ_id").Where("t.kind = @Kind", "Kind", kind.ToString());
        var connection = await uow.ConnectionAsync(ct);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM costs_disclosure t{where.Sql}", where.Parameters, uow.Transaction, cancellationToken: ct));
    }

    private static string Table(DisclosureKind kind) => kind == DisclosureKind.Budget ? "costs_budget" : "costs_final_account";

    private SqlFilter Filter(int year, RollupSelection selection, string organColumn) =>
        new SqlFilter()
            .Where("t.year = @Year", "Year", year)
            .Where($"{organColumn} IN (SELECT organ_id FROM shared_organ_directory WHERE division_code = @OwnDivisionCode)", "OwnDivisionCode", selection.OwnDivisionCode)
            .Where(OrganScope.InJurisdiction(organColumn, "@JurisdictionPattern"), "JurisdictionPattern", selection.JurisdictionPattern)
            .Scoped(scope, organColumn);

    private sealed class FinalAccountSums
    {
        public long ReceptionFen { get; set; }
        public long VehiclePurchaseFen { get; set; }
        public long VehicleOperationFen { get; set; }
        public long OutboundVisitFen { get; set; }
    }
}
