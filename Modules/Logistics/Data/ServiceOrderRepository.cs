using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_service_order and logistics_backfill.</summary>
internal sealed class ServiceOrderRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, booking_id, kind, room_id, organ_id, quantity, requested_quantity, attendees, note, status, delivery_note, version, due_at, ends_at, delivered_at, cancelled_at, created_at, updated_at, cost_fen";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["dueAt"] = "due_at",
        ["createdAt"] = "created_at",
    }, "dueAt", "id");

    public async Task<ServiceOrderRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ServiceOrderRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_service_order WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>
    /// Inserts the order unless one exists for its booking and kind (the dialect's insert-if-absent): true for the one
    /// transaction that inserted it, so a redelivered notification or the backfill adds nothing.
    /// </summary>
    public async Task<bool> InsertIfAbsentAsync(ServiceOrderRow row, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_service_order", ["booking_id", "kind"], [],
                ["id", "room_id", "organ_id", "quantity", "requested_quantity", "attendees", "note", "status", "delivery_note", "version", "due_at", "ends_at",
                 "delivered_at", "cancelled_at", "created_at", "updated_at", "cost_fen"]),
            Parameters(row), uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Cancels a booking's orders still to deliver; answers how many.</summary>
    public Task<int> CancelBookingAsync(Guid bookingId, DateTimeOffset at, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_service_order SET status = @Cancelled, cancelled_at = @At, updated_at = @At, version = version + 1
            WHERE booking_id = @BookingId AND status = @Requested
            """, new { BookingId = bookingId, At = at, Cancelled = "Cancelled", Requested = "Requested" }, uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the delivery if the version is still the expected one.</summary>
    public async Task<bool> UpdateStatusAsync(ServiceOrderRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_service_order SET status = @Status, delivery_note = @DeliveryNote, delivered_at = @DeliveredAt, cost_fen = @CostFen, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, new { row.Id, Status = row.Status.ToString(), row.DeliveryNote, row.DeliveredAt, row.CostFen, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion },
            uow.Transaction, cancellationToken: ct)) == 1;

    public Task<(IReadOnlyList<ServiceOrderRow> Rows, long Total)> ListAsync(ServiceOrderFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("booking_id = @BookingId", "BookingId", filter.BookingId)
            .Where("kind = @Kind", "Kind", filter.Kind?.ToString())
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("due_at >= @DueFrom", "DueFrom", filter.DueFrom)
            .Where("due_at < @DueTo", "DueTo", filter.DueTo)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<ServiceOrderRow>(dialect, "logistics_service_order", Columns, where, orderBy, page, ct);
    }

    public async Task<bool> BackfilledAsync(string source, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT 1 FROM logistics_backfill WHERE source = @Source", new { Source = source }, uow.Transaction, cancellationToken: ct))).Any();
    }

    public Task MarkBackfilledAsync(string source, DateTimeOffset at, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_backfill", ["source"], ["done_at"]), new { Source = source, DoneAt = at }, uow.Transaction, cancellationToken: ct));

    private static object Parameters(ServiceOrderRow row) => new
    {
        row.Id, row.BookingId, Kind = row.Kind.ToString(), row.RoomId, row.OrganId, row.Quantity, row.RequestedQuantity, row.Attendees, row.Note,
        Status = row.Status.ToString(), row.DeliveryNote, row.Version, row.DueAt, row.EndsAt, row.DeliveredAt, row.CancelledAt, row.CreatedAt, row.UpdatedAt, row.CostFen,
    };
}
