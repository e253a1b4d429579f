using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_member. Callers reach members through a visit they may see, or filter by organ scope.</summary>
internal sealed class MemberRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, visit_id, position, staff_member_id, person_name, organ_id, role, post, rank_code, document_kind, document_number, handed_back_on, leadership_team, date_of_birth";

    /// <summary>The members of the visits, in their order (at most a page of visits at a time).</summary>
    public async Task<IReadOnlyList<MemberRow>> OfVisitsAsync(IReadOnlyCollection<Guid> visitIds, CancellationToken ct)
    {
        if (visitIds.Count == 0)
        {
            return [];
        }
        // A list page holds up to 200 visits, a report more: chunked under SQL Server's parameter limit.
        return await uow.QueryChunkedAsync<MemberRow>(visitIds, chunk =>
            ($"SELECT {Columns} FROM foreign_affairs_member WHERE {dialect.InList("visit_id", "@Ids")} ORDER BY visit_id, position", new { Ids = chunk }), ct);
    }

    /// <summary>
    /// Makes the visit's member rows the given ones, matched by staff member: a kept member keeps its id, document and hand-back;
    /// a removed member's row goes (only a visit that has not departed changes its members).
    /// </summary>
    public async Task ReplaceAsync(Guid visitId, IReadOnlyList<MemberRow> members, CancellationToken ct)
    {
        var existing = (await OfVisitsAsync([visitId], ct)).ToDictionary(m => m.StaffMemberId);
        foreach (var gone in existing.Values.Where(e => members.All(m => m.StaffMemberId != e.StaffMemberId)).OrderBy(e => e.Position))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM foreign_affairs_member WHERE id = @Id", new { gone.Id }, uow.Transaction, cancellationToken: ct));
        }
        foreach (var member in members)
        {
            if (existing.TryGetValue(member.StaffMemberId, out var kept))
            {
                member.Id = kept.Id;
                member.DocumentKind = kept.DocumentKind;
                member.DocumentNumber = kept.DocumentNumber;
                member.HandedBackOn = kept.HandedBackOn;
                member.DateOfBirth = kept.DateOfBirth;
                await uow.Connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE foreign_affairs_member SET position = @Position, person_name = @PersonName, organ_id = @OrganId, role = @Role, post = @Post,
                        rank_code = @RankCode, leadership_team = @LeadershipTeam WHERE id = @Id
                    """, Parameters(member), uow.Transaction, cancellationToken: ct));
            }
            else
            {
                await uow.Connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    INSERT INTO foreign_affairs_member ({Columns})
                    VALUES (@Id, @VisitId, @Position, @StaffMemberId, @PersonName, @OrganId, @Role, @Post, @RankCode, @DocumentKind, @DocumentNumber, @HandedBackOn, @LeadershipTeam, @DateOfBirth)
                    """, Parameters(member), uow.Transaction, cancellationToken: ct));
            }
        }
    }

    /// <summary>Writes the member's document, date of birth and hand-back.</summary>
    public Task UpdateDocumentAsync(MemberRow member, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE foreign_affairs_member SET document_kind = @DocumentKind, document_number = @DocumentNumber, handed_back_on = @HandedBackOn,
                date_of_birth = @DateOfBirth WHERE id = @Id
            """,
            Parameters(member), uow.Transaction, cancellationToken: ct));

    /// <summary>
    /// Members of returned visits whose documents are not handed back, of one sending organ or (null) of every organ the caller
    /// may see; ordered by return and member id.
    /// </summary>
    public async Task<IReadOnlyList<OutstandingDocumentRow>> OutstandingAsync(Guid? organId, CancellationToken ct)
    {
        var filter = new SqlFilter()
            .Where("m.handed_back_on IS NULL")
            .Where("v.returned_on IS NOT NULL")
            .Where("v.organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "v.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OutstandingDocumentRow>(new CommandDefinition(
            $"""
            SELECT m.id, m.visit_id, m.staff_member_id, m.person_name, m.document_kind, m.document_number, v.organ_id, v.returned_on
            FROM foreign_affairs_member m JOIN foreign_affairs_visit v ON v.id = m.visit_id{filter.Sql}
            ORDER BY v.returned_on, m.id
            """, filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    private static DynamicParameters Parameters(MemberRow m) => new(new
    {
        m.Id, m.VisitId, m.Position, m.StaffMemberId, m.PersonName, m.OrganId, Role = m.Role.ToString(), m.Post, m.RankCode,
        DocumentKind = m.DocumentKind?.ToString(), m.DocumentNumber, m.HandedBackOn, m.LeadershipTeam, m.DateOfBirth,
    });

    /// <summary>
    /// Per staff member, the visits departing in the year that are approved or have departed, of every organ (the yearly limit is the
    /// person's, F11), <paramref name="exceptVisitId"/> not counted.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, int>> TripsInYearAsync(IReadOnlyCollection<Guid> staffMemberIds, int year, Guid exceptVisitId, CancellationToken ct)
    {
        if (staffMemberIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }
        var counted = new[] { "Approved", "Travelling", "Returned", "Reported", "Closed" };
        var rows = await uow.QueryChunkedAsync<TripCountRow>(staffMemberIds, chunk =>
            ($"""
              SELECT m.staff_member_id, COUNT(DISTINCT v.id) AS trips
              FROM foreign_affairs_member m JOIN foreign_affairs_visit v ON v.id = m.visit_id
              WHERE {dialect.InList("m.staff_member_id", "@Ids")} AND v.departure_year = @Year AND v.id <> @Except AND {dialect.InList("v.status", "@Counted")}
              GROUP BY m.staff_member_id
              """, new { Ids = chunk, Year = year, Except = exceptVisitId, Counted = counted }), ct);
        return rows.GroupBy(r => r.StaffMemberId).ToDictionary(g => g.Key, g => g.Sum(r => r.Trips));
    }
}
