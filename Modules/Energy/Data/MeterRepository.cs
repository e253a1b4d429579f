using Dapper;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Data;

/// <summary>Meters (energy_meter) with their register state, and replacements (energy_meter_replacement).</summary>
internal sealed class MeterRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, institution_id, organ_id, code, kind, unit, subsystem, mode, register_digits, multiplier, last_register_milli, status, version, installed_at, last_read_at, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["code"] = "code",
        ["kind"] = "kind",
        ["lastReadAt"] = "last_read_at",
        ["createdAt"] = "created_at",
    }, "code", "id");

    public Task InsertAsync(MeterRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO energy_meter ({Columns})
            VALUES (@Id, @InstitutionId, @OrganId, @Code, @Kind, @Unit, @Subsystem, @Mode, @RegisterDigits, @Multiplier, @LastRegisterMilli, @Status, @Version,
                    @InstalledAt, @LastReadAt, @CreatedAt, @UpdatedAt)
            """,
            new
            {
                row.Id, row.InstitutionId, row.OrganId, row.Code, Kind = row.Kind.ToString(), Unit = row.Unit.ToString(), Subsystem = row.Subsystem.ToString(),
                Mode = row.Mode.ToString(), row.RegisterDigits, row.Multiplier, row.LastRegisterMilli, Status = row.Status.ToString(), row.Version,
                row.InstalledAt, row.LastReadAt, row.CreatedAt, row.UpdatedAt,
            }, uow.Transaction, cancellationToken: ct));

    public async Task<MeterRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<MeterRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_meter WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>
    /// Reads the meters with their register state; only those the caller may see are answered. With
    /// lockRows, first locks them (in id order) inside the transaction that writes their readings.
    /// </summary>
    public async Task<Dictionary<Guid, MeterRow>> LoadAsync(IReadOnlyCollection<Guid> ids, bool lockRows, CancellationToken ct)
    {
        var result = new Dictionary<Guid, MeterRow>();
        if (lockRows)
        {
            await dialect.LockRowsAsync(uow, "energy_meter", ids, ct);
        }
        foreach (var chunk in ids.Chunk(SqlDialect.MaxListItems))
        {
            var rows = (await uow.Connection.QueryAsync<MeterRow>(new CommandDefinition(
                $"SELECT {Columns} FROM energy_meter WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }, uow.Transaction, cancellationToken: ct))).AsList();
            foreach (var row in await scope.VisibleAsync(rows, r => r.OrganId, ct))
            {
                result[row.Id] = row;
            }
        }
        return result;
    }

    /// <summary>
    /// The ids of the meters named by (institution directory code, meter code), only those the caller may
    /// see; a code pair with no such meter is absent from the answer. One query per chunk of pairs: each
    /// chunk sends its distinct directory codes and meter codes as two lists (together at most
    /// <see cref="SqlDialect.MaxListItems"/> items) and the pairs are matched exactly here.
    /// </summary>
    public async Task<Dictionary<(string InstitutionCode, string MeterCode), Guid>> ResolveCodesAsync(
        IReadOnlyCollection<(string InstitutionCode, string MeterCode)> codes, CancellationToken ct)
    {
        var result = new Dictionary<(string, string), Guid>();
        var connection = await uow.ConnectionAsync(ct);
        foreach (var chunk in codes.Distinct().Chunk(SqlDialect.MaxListItems / 2))
        {
            var wanted = chunk.ToHashSet();
            var rows = (await connection.QueryAsync<MeterCodeMatch>(new CommandDefinition(
                $"""
                SELECT m.id AS Id, m.organ_id AS OrganId, i.directory_code AS InstitutionCode, m.code AS MeterCode
                FROM energy_meter m JOIN energy_institution i ON i.id = m.institution_id
                WHERE {dialect.InList("i.directory_code", "@InstitutionCodes")} AND {dialect.InList("m.code", "@MeterCodes")}
                """,
                new { InstitutionCodes = chunk.Select(c => c.InstitutionCode).Distinct().ToArray(), MeterCodes = chunk.Select(c => c.MeterCode).Distinct().ToArray() },
                uow.Transaction, cancellationToken: ct))).AsList();
            foreach (var row in await scope.VisibleAsync(rows.Where(r => wanted.Contains((r.InstitutionCode, r.MeterCode))).ToList(), r => (Guid?)r.OrganId, ct))
            {
                result[(row.InstitutionCode, row.MeterCode)] = row.Id;
            }
        }
        return result;
    }

    private sealed class MeterCodeMatch
    {
        public Guid Id { get; set; }
        public Guid OrganId { get; set; }
        public string InstitutionCode { get; set; } = "";
        public string MeterCode { get; set; } = "";
    }

    public Task<(IReadOnlyList<MeterRow> Rows, long Total)> ListAsync(Guid? institutionId, EnergyKind? kind, MeterStatus? status, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("institution_id = @InstitutionId", "InstitutionId", institutionId)
            .Where("kind = @Kind", "Kind", kind?.ToString())
            .Where("status = @Status", "Status", status?.ToString())
            .Scoped(scope, "organ_id");
        return uow.PageAsync<MeterRow>(dialect, "energy_meter", Columns, where, orderBy, page, ct);
    }

    /// <summary>Active meters with no reading since the cutoff (or never read and installed before it).</summary>
    public Task<(IReadOnlyList<MeterRow> Rows, long Total)> SilentAsync(DateTimeOffset cutoff, Guid? institutionId, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = 'Active'")
            .Where("((last_read_at IS NULL AND installed_at < @Cutoff) OR last_read_at < @Cutoff)", "Cutoff", cutoff)
            .Where("institution_id = @InstitutionId", "InstitutionId", institutionId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<MeterRow>(dialect, "energy_meter", Columns, where, "ORDER BY last_read_at, id", page, ct);
    }

    public async Task<bool> CodeTakenAsync(Guid institutionId, string code, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM energy_meter WHERE institution_id = @InstitutionId AND code = @Code",
            new { InstitutionId = institutionId, Code = code }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    public Task<int> UpdateAsync(MeterRow row, long expectedVersion, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE energy_meter SET subsystem = @Subsystem, status = @Status, register_digits = @RegisterDigits, last_register_milli = @LastRegisterMilli,
                   last_read_at = @LastReadAt, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new
            {
                row.Id, Subsystem = row.Subsystem.ToString(), Status = row.Status.ToString(), row.RegisterDigits, row.LastRegisterMilli, row.LastReadAt,
                row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion,
            }, uow.Transaction, cancellationToken: ct));

    /// <summary>Advances the register state of meters locked by <see cref="LoadAsync"/> (no version change: readings are not edits of the meter).</summary>
    public Task SetStateAsync(IEnumerable<MeterRow> meters, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE energy_meter SET last_read_at = @LastReadAt, last_register_milli = @LastRegisterMilli WHERE id = @Id",
            meters.Select(m => new { m.Id, m.LastReadAt, m.LastRegisterMilli }), uow.Transaction, cancellationToken: ct));

    public Task InsertReplacementAsync(Guid id, Guid meterId, DateTimeOffset replacedAt, long? finalMilli, long newMilli, int digits, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO energy_meter_replacement (id, meter_id, replaced_at, final_register_milli, new_register_milli, register_digits)
            VALUES (@Id, @MeterId, @ReplacedAt, @FinalMilli, @NewMilli, @Digits)
            """,
            new { Id = id, MeterId = meterId, ReplacedAt = replacedAt, FinalMilli = finalMilli, NewMilli = newMilli, Digits = digits }, uow.Transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<ReplacementRow>> ReplacementsAsync(Guid meterId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReplacementRow>(new CommandDefinition(
            "SELECT id, meter_id, replaced_at, final_register_milli, new_register_milli, register_digits FROM energy_meter_replacement WHERE meter_id = @MeterId ORDER BY replaced_at",
            new { MeterId = meterId }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
