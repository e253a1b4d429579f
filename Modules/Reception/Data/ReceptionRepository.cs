using Dapper;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Data;

/// <summary>All SQL on reception_reception.</summary>
internal sealed class ReceptionRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, letter_id, title, activities, starts_on, ends_on, budget_year, place, handling_department, staff_member_id, budget_fen, same_city, host_arranges_meals, working_meals, accompanying_diners, guest_count, meal_standard_fen, lodging, items, status, reason, actual_fen, guest_fees_fen, trip_id, meeting_room_booking_id, version, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsOn"] = "starts_on",
        ["createdAt"] = "created_at",
    }, "-startsOn", "id");

    public async Task<ReceptionRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ReceptionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_reception WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(ReceptionRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO reception_reception ({Columns})
            VALUES (@Id, @OrganId, @LetterId, @Title, @Activities, @StartsOn, @EndsOn, @BudgetYear, @Place, @HandlingDepartment, @StaffMemberId, @BudgetFen,
                    @SameCity, @HostArrangesMeals, @WorkingMeals, @AccompanyingDiners, @GuestCount, @MealStandardFen, @Lodging, @Items, @Status, @Reason,
                    @ActualFen, @GuestFeesFen, @TripId, @MeetingRoomBookingId, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the reception if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(ReceptionRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE reception_reception SET organ_id = @OrganId, letter_id = @LetterId, title = @Title, activities = @Activities, starts_on = @StartsOn, ends_on = @EndsOn,
                budget_year = @BudgetYear, place = @Place, handling_department = @HandlingDepartment, staff_member_id = @StaffMemberId, budget_fen = @BudgetFen,
                same_city = @SameCity, host_arranges_meals = @HostArrangesMeals, working_meals = @WorkingMeals, accompanying_diners = @AccompanyingDiners,
                guest_count = @GuestCount, meal_standard_fen = @MealStandardFen, lodging = @Lodging, items = @Items, status = @Status, reason = @Reason,
                actual_fen = @ActualFen, guest_fees_fen = @GuestFeesFen, trip_id = @TripId, meeting_room_booking_id = @MeetingRoomBookingId, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>An organ's receptions still open (Draft, Submitted, Approved or Completed): what a dissolving organ holds.</summary>
    public async Task<IReadOnlyList<ReceptionRow>> OpenOfOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReceptionRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM reception_reception
            WHERE organ_id = @OrganId AND (status = @Draft OR status = @Submitted OR status = @Approved OR status = @Completed)
            ORDER BY starts_on, id
            """,
            new { OrganId = organId, Draft = "Draft", Submitted = "Submitted", Approved = "Approved", Completed = "Completed" }, uow.Transaction,
            cancellationToken: ct))).AsList();
    }

    public Task<(IReadOnlyList<ReceptionRow> Rows, long Total)> ListAsync(ReceptionFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("letter_id = @LetterId", "LetterId", filter.LetterId)
            .Where("ends_on >= @From", "From", filter.From)
            .Where("starts_on <= @To", "To", filter.To)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<ReceptionRow>(dialect, "reception_reception", Columns, where, orderBy, page, ct);
    }

    /// <summary>An organ's reservations (budgets of Approved and Completed receptions) and spending (Settled) in a budget year.</summary>
    public async Task<CapUse> UseAsync(Guid organId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleAsync<CapUse>(new CommandDefinition(
            """
            SELECT COALESCE(SUM(CASE WHEN status = @Settled THEN 0 ELSE budget_fen END), 0) AS reserved_fen,
                   COALESCE(SUM(CASE WHEN status = @Settled THEN actual_fen ELSE 0 END), 0) AS spent_fen
            FROM reception_reception
            WHERE organ_id = @OrganId AND budget_year = @Year AND (status = @Approved OR status = @Completed OR status = @Settled)
            """,
            new { OrganId = organId, Year = year, Approved = "Approved", Completed = "Completed", Settled = "Settled" }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Per organ among the ids, receptions approved, held or settled in the budget year and their guests (chunked id lists).</summary>
    public async Task<IReadOnlyList<ReceptionCountRow>> CountsAsync(IReadOnlyCollection<Guid> organIds, int year, CancellationToken ct) =>
        (await uow.QueryChunkedAsync<ReceptionCountRow>(organIds, chunk => (
            $"""
            SELECT organ_id, COUNT(*) AS receptions, COALESCE(SUM(guest_count), 0) AS guests FROM reception_reception
            WHERE {dialect.InList("organ_id", "@Ids")} AND budget_year = @Year AND (status = @Approved OR status = @Completed OR status = @Settled)
            GROUP BY organ_id
            """,
            new { Ids = chunk, Year = year, Approved = "Approved", Completed = "Completed", Settled = "Settled" }), ct)).AsReadOnly();

    /// <summary>Per visible organ, its approved, held or settled receptions of the budget year and their sums.</summary>
    public async Task<IReadOnlyList<ReceptionSumRow>> SumsAsync(int year, Guid? organId, CancellationToken ct)
    {
        var where = CountedInYear(year, organId, "");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReceptionSumRow>(new CommandDefinition(
            $"""
            SELECT organ_id, COUNT(*) AS receptions, COALESCE(SUM(guest_count), 0) AS guests, COALESCE(SUM(budget_fen), 0) AS budget_fen,
                   COALESCE(SUM(actual_fen), 0) AS actual_fen, COALESCE(SUM(guest_fees_fen), 0) AS guest_fees_fen
            FROM reception_reception{where.Sql}
            GROUP BY organ_id ORDER BY organ_id
            """, where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// The visible organs' approved, held or settled receptions of the budget year summed per sender of their letters
    /// (credit code and name as written); the caller folds the names of one credit code.
    /// </summary>
    public async Task<IReadOnlyList<SenderSumRow>> SenderSumsAsync(int year, Guid? organId, CancellationToken ct)
    {
        var where = CountedInYear(year, organId, "r.");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SenderSumRow>(new CommandDefinition(
            $"""
            SELECT l.sender_name, l.sender_credit_code, COUNT(*) AS receptions, COALESCE(SUM(r.guest_count), 0) AS guests,
                   COALESCE(SUM(r.budget_fen), 0) AS budget_fen, COALESCE(SUM(r.actual_fen), 0) AS actual_fen
            FROM reception_reception r JOIN reception_letter l ON l.id = r.letter_id{where.Sql}
            GROUP BY l.sender_name, l.sender_credit_code
            """, where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The visible organs' cost lines above their standard whose date is in the period, with their receptions.</summary>
    public async Task<IReadOnlyList<OverStandardRow>> OverStandardAsync(DateOnly from, DateOnly to, Guid? organId, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("c.over_standard = @OverStandard", "OverStandard", true)
            .Where("c.incurred_on >= @From", "From", from)
            .Where("c.incurred_on <= @To", "To", to)
            .Where("r.organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "r.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OverStandardRow>(new CommandDefinition(
            $"""
            SELECT r.organ_id, r.id AS reception_id, r.title, r.status, c.id AS cost_id, c.category, c.incurred_on, c.amount_fen, c.standard_fen,
                   c.explanation, c.explanation_approved_by, c.explanation_approved_at
            FROM reception_cost c JOIN reception_reception r ON r.id = c.reception_id{where.Sql}
            ORDER BY r.organ_id, c.incurred_on, c.created_at, c.id
            """, where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Approved, held or settled receptions of the budget year, of one organ or of all, in the caller's scope.</summary>
    private SqlFilter CountedInYear(int year, Guid? organId, string alias)
    {
        var where = new SqlFilter()
            .Where($"{alias}budget_year = @Year", "Year", year)
            .Where($"({alias}status = @Approved OR {alias}status = @Completed OR {alias}status = @Settled)")
            .Where($"{alias}organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, $"{alias}organ_id");
        where.Parameters.Add("Approved", "Approved");
        where.Parameters.Add("Completed", "Completed");
        where.Parameters.Add("Settled", "Settled");
        return where;
    }

    private static DynamicParameters Parameters(ReceptionRow row) => new(new
    {
        row.Id, row.OrganId, row.LetterId, row.Title, row.Activities, row.StartsOn, row.EndsOn, row.BudgetYear, row.Place, row.HandlingDepartment,
        row.StaffMemberId, row.BudgetFen, row.SameCity, row.HostArrangesMeals, row.WorkingMeals, row.AccompanyingDiners, row.GuestCount,
        row.MealStandardFen, Lodging = row.Lodging.ToString(), row.Items, Status = row.Status.ToString(), row.Reason, row.ActualFen, row.GuestFeesFen,
        row.TripId, row.MeetingRoomBookingId, row.Version, row.CreatedAt, row.UpdatedAt,
    });
    /// <summary>
    /// A page of the cost lines Costs posts (every category but the guests' own fees), in id order after <paramref name="after"/>, of an organ
    /// or all, of a business year or all, of the organs the caller may see.
    /// </summary>
    public async Task<IReadOnlyList<ReceptionCostItemRow>> CostPageAsync(Guid? organId, int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("c.category <> @GuestMealFee AND c.category <> @GuestTransportFee")
            .Where("r.organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "r.organ_id");
        where.Parameters.Add("GuestMealFee", nameof(ReceptionCostCategory.GuestMealFee));
        where.Parameters.Add("GuestTransportFee", nameof(ReceptionCostCategory.GuestTransportFee));
        if (year is { } y)
        {
            where.Where("c.incurred_on >= @From", "From", new DateOnly(y, 1, 1)).Where("c.incurred_on <= @To", "To", new DateOnly(y, 12, 31));
        }
        if (after is { } a)
        {
            where.Where("c.id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReceptionCostItemRow>(new CommandDefinition(
            dialect.Page($"SELECT c.id AS source_id, c.reception_id, r.organ_id, c.amount_fen, c.incurred_on AS paid_on, c.category FROM reception_cost c JOIN reception_reception r ON r.id = c.reception_id{where.Sql} ORDER BY c.id"),
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
