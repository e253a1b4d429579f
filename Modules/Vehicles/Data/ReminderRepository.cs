using Dapper;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Data;

/// <summary>A reminder with its vehicle's plate and odometer.</summary>
internal sealed class ReminderRow
{
    public Guid Id { get; set; }
    public Guid VehicleId { get; set; }
    public Guid OrganId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateOnly? DueOn { get; set; }
    public int? DueKm { get; set; }
    public string? Note { get; set; }
    public DateOnly? DoneOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Plate { get; set; } = "";
    public int OdometerKm { get; set; }
}

/// <summary>All SQL on vehicles_reminder (joined only with the module's own vehicles).</summary>
internal sealed class ReminderRepository(UnitOfWork uow, OrganScope scope)
{
    private const string Select =
        "SELECT r.id, r.vehicle_id, r.organ_id, r.kind, r.due_on, r.due_km, r.note, r.done_on, r.created_at, v.plate, v.odometer_km FROM vehicles_reminder r JOIN vehicles_vehicle v ON v.id = r.vehicle_id";

    public Task InsertAsync(ReminderRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO vehicles_reminder (id, vehicle_id, organ_id, kind, due_on, due_km, note, done_on, created_at) VALUES (@Id, @VehicleId, @OrganId, @Kind, @DueOn, @DueKm, @Note, @DoneOn, @CreatedAt)",
            new { row.Id, row.VehicleId, row.OrganId, Kind = row.Kind.ToString(), row.DueOn, row.DueKm, row.Note, row.DoneOn, row.CreatedAt }, uow.Transaction, cancellationToken: ct));

    public async Task<ReminderRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ReminderRow>(new CommandDefinition(
            Select + " WHERE r.id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task SetDoneAsync(Guid id, DateOnly doneOn, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vehicles_reminder SET done_on = @DoneOn WHERE id = @Id", new { Id = id, DoneOn = doneOn }, uow.Transaction, cancellationToken: ct));

    /// <summary>Open reminders (not done) of vehicles not disposed, optionally of one organ or vehicle; the state is judged in .NET against today.</summary>
    public async Task<IReadOnlyList<ReminderRow>> OpenAsync(Guid? organId, Guid? vehicleId, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("r.done_on IS NULL")
            .Where("v.status <> @Disposed", "Disposed", nameof(VehicleStatus.Disposed))
            .Where("r.organ_id = @OrganId", "OrganId", organId)
            .Where("r.vehicle_id = @VehicleId", "VehicleId", vehicleId)
            .Scoped(scope, "r.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReminderRow>(new CommandDefinition(
            Select + where.Sql + " ORDER BY r.due_on, r.id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Whether the vehicle holds a trip that is dispatched or in progress.</summary>
    public async Task<bool> HasOpenTripsAsync(Guid vehicleId, CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM vehicles_trip WHERE vehicle_id = @Id AND (status = @Dispatched OR status = @InProgress)",
            new { Id = vehicleId, Dispatched = nameof(TripStatus.Dispatched), InProgress = nameof(TripStatus.InProgress) }, uow.Transaction, cancellationToken: ct)) > 0;
}
