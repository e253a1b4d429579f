using Dapper;
using OrganAffairs.Shared.Http;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>A row of logistics_meeting: a registered meeting, the caps it was checked against and its room's booking.</summary>
internal sealed class MeetingRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Title { get; set; } = "";
    public MeetingClass MeetingClass { get; set; }
    public int Attendees { get; set; }
    public int Days { get; set; }
    public long BudgetFen { get; set; }
    public long DailyCapFen { get; set; }
    public int? MaxAttendees { get; set; }
    public Guid RuleVersionId { get; set; }
    public Guid RoomId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public Guid BookingId { get; set; }
    public MeetingStatus Status { get; set; }
    public string? Reason { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long? SettledCostFen { get; set; }
}

internal sealed record MeetingFilter(Guid? OrganId, MeetingStatus? Status, MeetingClass? Class, Guid? RoomId);

/// <summary>All SQL on logistics_meeting.</summary>
internal sealed class MeetingRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, title, meeting_class, attendees, days, budget_fen, daily_cap_fen, max_attendees, rule_version_id, room_id, starts_at, ends_at, booking_id, status, reason, version, created_at, updated_at, settled_cost_fen";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsAt"] = "starts_at",
        ["createdAt"] = "created_at",
    }, "-startsAt", "id");

    public async Task<MeetingRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<MeetingRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_meeting WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(MeetingRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_meeting ({Columns})
            VALUES (@Id, @OrganId, @Title, @MeetingClass, @Attendees, @Days, @BudgetFen, @DailyCapFen, @MaxAttendees, @RuleVersionId, @RoomId, @StartsAt, @EndsAt,
                    @BookingId, @Status, @Reason, @Version, @CreatedAt, @UpdatedAt, @SettledCostFen)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the status and reason if the meeting's version is still the expected one.</summary>
    public async Task<bool> UpdateStatusAsync(MeetingRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_meeting SET status = @Status, reason = @Reason, settled_cost_fen = @SettledCostFen, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<MeetingRow> Rows, long Total)> ListAsync(MeetingFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("meeting_class = @MeetingClass", "MeetingClass", filter.Class?.ToString())
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<MeetingRow>(dialect, "logistics_meeting", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(MeetingRow row) => new(new
    {
        row.Id, row.OrganId, row.Title, MeetingClass = row.MeetingClass.ToString(), row.Attendees, row.Days, row.BudgetFen, row.DailyCapFen, row.MaxAttendees,
        row.RuleVersionId, row.RoomId, row.StartsAt, row.EndsAt, row.BookingId, Status = row.Status.ToString(), row.Reason, row.Version, row.CreatedAt, row.UpdatedAt, row.SettledCostFen,
    });
}
