using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Reception.Data;

/// <summary>A row of reception_list: one signed, frozen version of a reception list.</summary>
internal sealed class ListRow
{
    public Guid Id { get; set; }
    public Guid ReceptionId { get; set; }
    public int Version { get; set; }
    public string Content { get; set; } = "";
    public Guid SignedBy { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}

/// <summary>All SQL on reception_list; the reception's visibility is checked by the caller.</summary>
internal sealed class ListRepository(UnitOfWork uow)
{
    private const string Columns = "id, reception_id, version, content, signed_by, signed_at";

    public async Task<IReadOnlyList<ListRow>> OfReceptionAsync(Guid receptionId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ListRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_list WHERE reception_id = @Id ORDER BY version", new { Id = receptionId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Inserts a version; two signers of the same next version meet the unique index (caller's 409).</summary>
    public Task InsertAsync(ListRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO reception_list ({Columns}) VALUES (@Id, @ReceptionId, @Version, @Content, @SignedBy, @SignedAt)", row, uow.Transaction, cancellationToken: ct));
}
