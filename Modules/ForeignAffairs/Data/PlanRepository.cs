using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_plan. Approvals lock the plan row first, then read and change its counts.</summary>
internal sealed class PlanRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, year, trips, persons, approved_trips, approved_persons";

    public async Task<PlanRow?> GetAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_plan WHERE organ_id = @OrganId AND year = @Year", new { OrganId = organId, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The plans of a year the caller may see, of one organ or all, by organ.</summary>
    public async Task<IReadOnlyList<PlanRow>> OfYearAsync(int year, Guid? organId, CancellationToken ct)
    {
        var filter = new SqlFilter()
            .Where("year = @Year", "Year", year)
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<PlanRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_plan{filter.Sql} ORDER BY organ_id", filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The plan, locked until the transaction ends, read after the lock so its counts are current; null when none is set.</summary>
    public async Task<PlanRow?> LockAsync(Guid organId, int year, CancellationToken ct)
    {
        var plan = await GetAsync(organId, year, ct);
        if (plan is null || !await dialect.LockRowAsync(uow, "foreign_affairs_plan", plan.Id, ct))
        {
            return null;
        }
        return await GetAsync(organId, year, ct);
    }

    public Task InsertAsync(PlanRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO foreign_affairs_plan ({Columns}) VALUES (@Id, @OrganId, @Year, @Trips, @Persons, @ApprovedTrips, @ApprovedPersons)",
            row, uow.Transaction, cancellationToken: ct));

    public Task UpdateAsync(PlanRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE foreign_affairs_plan SET trips = @Trips, persons = @Persons, approved_trips = @ApprovedTrips, approved_persons = @ApprovedPersons WHERE id = @Id",
            row, uow.Transaction, cancellationToken: ct));
}
