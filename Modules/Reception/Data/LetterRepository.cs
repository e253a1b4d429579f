using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Data;

/// <summary>All SQL on reception_letter and reception_guest.</summary>
internal sealed class LetterRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, sender_name, sender_credit_code, letter_number, letter_date, purpose, itinerary, reception_id, created_at";
    private const string GuestColumns = "id, letter_id, position, unit, name, post, rank";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["letterDate"] = "letter_date",
        ["createdAt"] = "created_at",
    }, "-createdAt", "id");

    public async Task<LetterRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<LetterRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_letter WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public async Task<IReadOnlyList<GuestRow>> GuestsAsync(Guid letterId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<GuestRow>(new CommandDefinition(
            $"SELECT {GuestColumns} FROM reception_guest WHERE letter_id = @Id ORDER BY position", new { Id = letterId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The guests of several letters, one query per chunk of ids.</summary>
    public async Task<ILookup<Guid, GuestRow>> GuestsOfAsync(IReadOnlyCollection<Guid> letterIds, CancellationToken ct) =>
        (await uow.QueryChunkedAsync<GuestRow>(letterIds, chunk =>
            ($"SELECT {GuestColumns} FROM reception_guest WHERE {dialect.InList("letter_id", "@Ids")} ORDER BY letter_id, position", new { Ids = chunk }), ct))
        .OrderBy(g => g.Position).ToLookup(g => g.LetterId);

    public async Task InsertAsync(LetterRow row, IReadOnlyList<GuestRow> guests, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO reception_letter ({Columns})
            VALUES (@Id, @OrganId, @SenderName, @SenderCreditCode, @LetterNumber, @LetterDate, @Purpose, @Itinerary, @ReceptionId, @CreatedAt)
            """, row, uow.Transaction, cancellationToken: ct));
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO reception_guest ({GuestColumns}) VALUES (@Id, @LetterId, @Position, @Unit, @Name, @Post, @Rank)",
            guests.Select(g => new { g.Id, g.LetterId, g.Position, g.Unit, g.Name, g.Post, Rank = g.Rank.ToString() }), uow.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Binds the letter to the reception if no reception uses it yet (一函一事). A conditional UPDATE: under
    /// concurrency the second writer waits for the first and then finds the letter taken, on every provider.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid letterId, Guid receptionId, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE reception_letter SET reception_id = @ReceptionId WHERE id = @Id AND reception_id IS NULL",
            new { Id = letterId, ReceptionId = receptionId }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Frees the letter a Draft reception no longer refers to.</summary>
    public Task ReleaseAsync(Guid letterId, Guid receptionId, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE reception_letter SET reception_id = NULL WHERE id = @Id AND reception_id = @ReceptionId",
            new { Id = letterId, ReceptionId = receptionId }, uow.Transaction, cancellationToken: ct));

    /// <summary>The ids of an organ's letters that no reception uses yet: what a dissolving organ holds.</summary>
    public async Task<IReadOnlyList<Guid>> UnusedOfOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM reception_letter WHERE organ_id = @OrganId AND reception_id IS NULL ORDER BY id", new { OrganId = organId },
            uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Hands letters to another organ (划转 or 收回 of a dissolved organ's letters).</summary>
    public Task HandOverAsync(IEnumerable<Guid> letterIds, Guid organId, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE reception_letter SET organ_id = @OrganId WHERE id = @Id", letterIds.Select(id => new { Id = id, OrganId = organId }),
            uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<LetterRow> Rows, long Total)> ListAsync(LetterFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter().Where("organ_id = @OrganId", "OrganId", filter.OrganId);
        if (filter.Used is { } used)
        {
            where.Where(used ? "reception_id IS NOT NULL" : "reception_id IS NULL");
        }
        return uow.PageAsync<LetterRow>(dialect, "reception_letter", Columns, where.Scoped(scope, "organ_id"), orderBy, page, ct);
    }
}
