using Dapper;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Data;

/// <summary>All SQL on calendar_year, calendar_day and calendar_working_hours. The calendar is reference data every principal reads.</summary>
internal sealed class CalendarRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string YearColumns = "id, jurisdiction, year, complete, source, declared_at, version, created_at, updated_at";
    private const string DayColumns = "id, jurisdiction, year, day, kind, name, source, status, live_key, retired_at, version, created_at, updated_at";
    private const string HoursColumns = "id, jurisdiction, effective_from, effective_to, spans, source, created_at, document_id";

    public async Task<YearRow?> GetYearAsync(string jurisdiction, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<YearRow>(new CommandDefinition(
            $"SELECT {YearColumns} FROM calendar_year WHERE jurisdiction = @Jurisdiction AND year = @Year",
            new { Jurisdiction = jurisdiction, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Every year state of the given jurisdictions (a handful of rows per jurisdiction).</summary>
    public async Task<IReadOnlyList<CalendarYearState>> YearStatesAsync(IReadOnlyCollection<string> jurisdictions, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var rows = await connection.QueryAsync<YearRow>(new CommandDefinition(
            $"SELECT jurisdiction, year, complete FROM calendar_year WHERE {dialect.InList("jurisdiction", "@Jurisdictions")}",
            new { Jurisdictions = jurisdictions.ToArray() }, uow.Transaction, cancellationToken: ct));
        return rows.Select(r => new CalendarYearState(r.Jurisdiction, r.Year, r.Complete)).ToList();
    }

    public Task InsertYearAsync(YearRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO calendar_year ({YearColumns}) VALUES (@Id, @Jurisdiction, @Year, @Complete, @Source, @DeclaredAt, @Version, @CreatedAt, @UpdatedAt)",
            row, uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateYearAsync(YearRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE calendar_year SET complete = @Complete, source = @Source, declared_at = @DeclaredAt, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new { row.Id, row.Complete, row.Source, row.DeclaredAt, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion },
            uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>A day of the year changed: its year's version moves (when the year has a row), so a declaration made on an older read is stale.</summary>
    public Task TouchYearAsync(string jurisdiction, int year, DateTimeOffset now, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE calendar_year SET version = version + 1, updated_at = @Now WHERE jurisdiction = @Jurisdiction AND year = @Year",
            new { Jurisdiction = jurisdiction, Year = year, Now = now }, uow.Transaction, cancellationToken: ct));

    public async Task<DayRow?> GetDayAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DayRow>(new CommandDefinition(
            $"SELECT {DayColumns} FROM calendar_day WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>A jurisdiction's own days of a year, by date; retired ones too when asked.</summary>
    public async Task<IReadOnlyList<DayRow>> DaysOfYearAsync(string jurisdiction, int year, bool includeRetired, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DayRow>(new CommandDefinition(
            $"""
            SELECT {DayColumns} FROM calendar_day
            WHERE jurisdiction = @Jurisdiction AND year = @Year{(includeRetired ? "" : " AND status = @Active")}
            ORDER BY day, created_at, id
            """,
            new { Jurisdiction = jurisdiction, Year = year, Active = nameof(CalendarDayStatus.Active) },
            uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The active days of the given jurisdictions between two dates (inclusive).</summary>
    public async Task<IReadOnlyList<DeclaredDay>> ActiveDaysAsync(IReadOnlyCollection<string> jurisdictions, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(
            $"""
            SELECT jurisdiction, day, kind, name FROM calendar_day
            WHERE {dialect.InList("jurisdiction", "@Jurisdictions")} AND status = @Active AND day >= @First AND day <= @Last
            """,
            new { Jurisdictions = jurisdictions.ToArray(), Active = nameof(CalendarDayStatus.Active), First = first, Last = last },
            uow.Transaction, cancellationToken: ct));
        return rows.Select(r => new DeclaredDay(r.Jurisdiction, r.Day, r.Kind, r.Name)).ToList();
    }

    public Task InsertDayAsync(DayRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO calendar_day ({DayColumns})
            VALUES (@Id, @Jurisdiction, @Year, @Day, @Kind, @Name, @Source, @Status, @LiveKey, @RetiredAt, @Version, @CreatedAt, @UpdatedAt)
            """, DayParameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateDayAsync(DayRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = DayParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE calendar_day SET kind = @Kind, name = @Name, source = @Source, status = @Status, live_key = @LiveKey, retired_at = @RetiredAt,
                version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>Versions of working hours, of the given jurisdictions or of all, by jurisdiction and start.</summary>
    public async Task<IReadOnlyList<WorkingHoursRow>> HoursAsync(IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var parameters = new DynamicParameters();
        var where = "";
        if (jurisdictions is not null)
        {
            where = " WHERE " + dialect.InList("jurisdiction", "@Jurisdictions");
            parameters.Add("Jurisdictions", jurisdictions.ToArray());
        }
        return (await connection.QueryAsync<WorkingHoursRow>(new CommandDefinition(
            $"SELECT {HoursColumns} FROM calendar_working_hours{where} ORDER BY jurisdiction, effective_from",
            parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of working hours (one per jurisdiction), for <see cref="RuleTable"/>.</summary>
    public RuleStore<WorkingHoursRow> Hours() => new(HoursAsync, SetHoursEffectiveToAsync, InsertHoursAsync);

    private Task InsertHoursAsync(WorkingHoursRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO calendar_working_hours ({HoursColumns}) VALUES (@Id, @Jurisdiction, @EffectiveFrom, @EffectiveTo, @Spans, @Source, @CreatedAt, @DocumentId)",
            row, uow.Transaction, cancellationToken: ct));

    private Task SetHoursEffectiveToAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE calendar_working_hours SET effective_to = @EffectiveTo WHERE id = @Id",
            new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));

    private static DynamicParameters DayParameters(DayRow row)
    {
        var parameters = new DynamicParameters(new
        {
            row.Id, row.Jurisdiction, row.Year, row.Day, row.Name, row.Source, row.LiveKey, row.RetiredAt, row.Version, row.CreatedAt, row.UpdatedAt,
        });
        parameters.Add("Kind", row.Kind.ToString());
        parameters.Add("Status", row.Status.ToString());
        return parameters;
    }
}
