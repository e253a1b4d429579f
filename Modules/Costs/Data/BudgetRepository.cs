using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Costs.Data;

/// <summary>All SQL on costs_budget and costs_budget_line.</summary>
internal sealed class BudgetRepository(UnitOfWork uow)
{
    private const string Columns = "id, organ_id, year, approved_on, warn_percent, version, created_at, updated_at";
    private const string LineColumns = "id, budget_id, line, basic_fen, project_fen";

    public async Task<BudgetRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<BudgetRow>(new CommandDefinition(
            $"SELECT {Columns} FROM costs_budget WHERE organ_id = @OrganId AND year = @Year", new { OrganId = organId, Year = year },
            uow.Transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<BudgetLineRow>> LinesAsync(Guid budgetId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<BudgetLineRow>(new CommandDefinition(
            $"SELECT {LineColumns} FROM costs_budget_line WHERE budget_id = @BudgetId", new { BudgetId = budgetId },
            uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task InsertAsync(BudgetRow row, IReadOnlyList<BudgetLineRow> lines, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO costs_budget ({Columns}) VALUES (@Id, @OrganId, @Year, @ApprovedOn, @WarnPercent, @Version, @CreatedAt, @UpdatedAt)",
            row, uow.Transaction, cancellationToken: ct));
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO costs_budget_line ({LineColumns}) VALUES (@Id, @BudgetId, @Line, @BasicFen, @ProjectFen)",
            lines.Select(Parameters), uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Writes a line's new amounts and the budget's next version, if the budget is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<bool> UpdateLineAsync(BudgetRow budget, long expectedVersion, BudgetLineRow line, CancellationToken ct)
    {
        var updated = await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE costs_budget SET version = @Version, updated_at = @UpdatedAt WHERE id = @Id AND version = @Expected",
            new { budget.Id, budget.Version, budget.UpdatedAt, Expected = expectedVersion }, uow.Transaction, cancellationToken: ct));
        if (updated != 1)
        {
            return false;
        }
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE costs_budget_line SET basic_fen = @BasicFen, project_fen = @ProjectFen WHERE id = @Id",
            Parameters(line), uow.Transaction, cancellationToken: ct));
        return true;
    }

    private static object Parameters(BudgetLineRow l) => new { l.Id, l.BudgetId, Line = l.Line.ToString(), l.BasicFen, l.ProjectFen };
}
