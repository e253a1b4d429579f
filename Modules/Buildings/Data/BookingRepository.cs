using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>All SQL on buildings_booking and buildings_booking_addon.</summary>
internal sealed class BookingRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, room_id, organ_id, series_id, title, attendees, status, decision_note, version, starts_at, ends_at, created_at, updated_at";
    private const string AddOnColumns = "id, booking_id, kind, quantity, note";

    /// <summary>Statuses that hold a slot: a pending booking holds it as firmly as an approved one.</summary>
    private static readonly string[] Holding = ["Pending", "Approved"];

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsAt"] = "starts_at",
        ["createdAt"] = "created_at",
        ["title"] = "title",
    }, "startsAt", "id");

    /// <summary>The booking if it exists and the caller may see its organ; otherwise null.</summary>
    public async Task<BookingRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<BookingRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_booking WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Bookings of a room that hold a slot and overlap [from, to): touching windows do not overlap.</summary>
    public async Task<IReadOnlyList<BookingRow>> HoldingOverlapAsync(Guid roomId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<BookingRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM buildings_booking
            WHERE room_id = @RoomId AND {dialect.InList("status", "@Holding")} AND starts_at < @To AND starts_at > @EarliestStart AND ends_at > @From
            ORDER BY starts_at, id
            """, new { RoomId = roomId, Holding, From = from, To = to, EarliestStart = from - Domain.Window.MaxLength }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Rooms (of the given ones) with a slot-holding booking overlapping [from, to).</summary>
    public async Task<IReadOnlyList<Guid>> BusyRoomsAsync(IReadOnlyCollection<Guid> roomIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (roomIds.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<Guid>(roomIds, chunk => ($"""
            SELECT DISTINCT room_id FROM buildings_booking
            WHERE {dialect.InList("room_id", "@Ids")} AND {dialect.InList("status", "@Holding")} AND starts_at < @To AND starts_at > @EarliestStart AND ends_at > @From
            """, new { Ids = chunk, Holding, From = from, To = to, EarliestStart = from - Domain.Window.MaxLength }), ct);
    }

    /// <summary>Whether the room has a slot-holding booking that ends after the instant.</summary>
    public async Task<bool> HasHoldingAfterAsync(Guid roomId, DateTimeOffset after, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM buildings_booking WHERE room_id = @RoomId AND {dialect.InList("status", "@Holding")} AND ends_at > @After",
            new { RoomId = roomId, Holding, After = after }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    public async Task<IReadOnlyList<AddOnRow>> AddOnsAsync(IReadOnlyCollection<Guid> bookingIds, CancellationToken ct)
    {
        if (bookingIds.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<AddOnRow>(bookingIds, chunk =>
            ($"SELECT {AddOnColumns} FROM buildings_booking_addon WHERE {dialect.InList("booking_id", "@Ids")} ORDER BY booking_id, kind, id", new { Ids = chunk }), ct);
    }

    /// <summary>Bookings that carry add-ons, in id order after <paramref name="after"/>, any status: the backfill query's page.</summary>
    public async Task<IReadOnlyList<BookingRow>> PageWithAddOnsAsync(Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        where.Where("EXISTS (SELECT 1 FROM buildings_booking_addon a WHERE a.booking_id = buildings_booking.id)");
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<BookingRow>(new CommandDefinition(
            dialect.Page($"SELECT {Columns} FROM buildings_booking{where.Sql} ORDER BY id"), where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(BookingRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_booking ({Columns})
            VALUES (@Id, @RoomId, @OrganId, @SeriesId, @Title, @Attendees, @Status, @DecisionNote, @Version, @StartsAt, @EndsAt, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    public Task InsertAddOnsAsync(IEnumerable<AddOnRow> rows, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_booking_addon ({AddOnColumns}) VALUES (@Id, @BookingId, @Kind, @Quantity, @Note)",
            rows.Select(a => new { a.Id, a.BookingId, Kind = a.Kind.ToString(), a.Quantity, a.Note }).ToList(), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateStatusAsync(BookingRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE buildings_booking SET status = @Status, decision_note = @DecisionNote, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<BookingRow> Rows, long Total)> ListAsync(BookingFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("ends_at > @From", "From", filter.From)
            .Where("starts_at < @To", "To", filter.To)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<BookingRow>(dialect, "buildings_booking", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(BookingRow row) => new(new
    {
        row.Id, row.RoomId, row.OrganId, row.SeriesId, row.Title, row.Attendees, Status = row.Status.ToString(), row.DecisionNote, row.Version,
        StartsAt = row.StartsAt.ToUniversalTime(), EndsAt = row.EndsAt.ToUniversalTime(), row.CreatedAt, row.UpdatedAt,
    });
}
