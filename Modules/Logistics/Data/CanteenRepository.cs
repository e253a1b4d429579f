using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Logistics.Data;

/// <summary>A row of logistics_canteen_waste.</summary>
internal sealed class CanteenWasteRow
{
    public Guid Id { get; set; }
    public string Canteen { get; set; } = "";
    public DateOnly Day { get; set; }
    public long WasteGrams { get; set; }
    public int MealsServed { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>All SQL on logistics_canteen_waste.</summary>
internal sealed class CanteenRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string Columns = "id, canteen, day, waste_grams, meals_served, note, created_at";

    /// <summary>Inserts the day unless the canteen has it already: false when it has.</summary>
    public async Task<bool> InsertIfAbsentAsync(CanteenWasteRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_canteen_waste", ["canteen", "day"], [], ["id", "waste_grams", "meals_served", "note", "created_at"]),
            row, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>The days recorded in [from, to], optionally of one canteen, by canteen then day.</summary>
    public async Task<IReadOnlyList<CanteenWasteRow>> DaysAsync(DateOnly from, DateOnly to, string? canteen, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CanteenWasteRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_canteen_waste WHERE day >= @From AND day <= @To AND (@Canteen IS NULL OR canteen = @Canteen) ORDER BY canteen, day",
            new { From = from, To = to, Canteen = canteen }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
