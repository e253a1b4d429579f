using Dapper;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>
/// All SQL on foreign_affairs_visit; every read passes the organ scope. A row read carries its members (foreign_affairs_member)
/// as the JSON of <see cref="VisitMember"/>; the visit's own members column is no longer written (see M0004).
/// </summary>
internal sealed class VisitRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope, MemberRepository members)
{
    private const string Columns =
        "id, organ_id, purpose, inviting_party, invitation_reference, delegation_type, justification, departs_on, returns_on, members, itinerary, schedule, " +
        "funding_source, budget_fen, status, approval_number, approved_on, rule_version_id, reason, returned_on, report_summary, departure_year, version, created_at, updated_at, publication_starts_on";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["departsOn"] = "departs_on",
        ["createdAt"] = "created_at",
    }, "-departsOn", "id");

    /// <summary>The visit's row locked for the rest of the transaction: expense writes of one visit are serialised (their sums per member and country).</summary>
    public Task LockAsync(Guid id, CancellationToken ct) => dialect.LockRowAsync(uow, "foreign_affairs_visit", id, ct);

    public async Task<VisitRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<VisitRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_visit WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        if (row is null || !await scope.CanSeeAsync(row.OrganId, ct))
        {
            return null;
        }
        await WithMembersAsync([row], ct);
        return row;
    }

    private async Task WithMembersAsync(IReadOnlyList<VisitRow> rows, CancellationToken ct)
    {
        var byVisit = (await members.OfVisitsAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(m => m.VisitId);
        foreach (var row in rows)
        {
            row.Members = RuleJson.Write(byVisit[row.Id].OrderBy(m => m.Position).Select(m => new VisitMember(m.StaffMemberId, m.Role, m.Post, m.LeadershipTeam)).ToList());
        }
    }

    public Task InsertAsync(VisitRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO foreign_affairs_visit ({Columns})
            VALUES (@Id, @OrganId, @Purpose, @InvitingParty, @InvitationReference, @DelegationType, @Justification, @DepartsOn, @ReturnsOn, @Members, @Itinerary, @Schedule,
                    @FundingSource, @BudgetFen, @Status, @ApprovalNumber, @ApprovedOn, @RuleVersionId, @Reason, @ReturnedOn, @ReportSummary, @DepartureYear, @Version, @CreatedAt, @UpdatedAt, @PublicationStartsOn)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the visit if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(VisitRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE foreign_affairs_visit SET purpose = @Purpose, inviting_party = @InvitingParty, invitation_reference = @InvitationReference,
                delegation_type = @DelegationType, justification = @Justification, departs_on = @DepartsOn, returns_on = @ReturnsOn, members = @Members,
                itinerary = @Itinerary, schedule = @Schedule, funding_source = @FundingSource, budget_fen = @BudgetFen, status = @Status,
                approval_number = @ApprovalNumber, approved_on = @ApprovedOn, rule_version_id = @RuleVersionId, reason = @Reason, returned_on = @ReturnedOn,
                report_summary = @ReportSummary, departure_year = @DepartureYear, version = @Version, updated_at = @UpdatedAt,
                publication_starts_on = @PublicationStartsOn
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public async Task<(IReadOnlyList<VisitRow> Rows, long Total)> ListAsync(VisitFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("departure_year = @Year", "Year", filter.Year)
            .Scoped(scope, "organ_id");
        var (rows, total) = await uow.PageAsync<VisitRow>(dialect, "foreign_affairs_visit", Columns, where, orderBy, page, ct);
        await WithMembersAsync(rows, ct);
        return (rows, total);
    }

    private static DynamicParameters Parameters(VisitRow row) => new(new
    {
        row.Id, row.OrganId, row.Purpose, row.InvitingParty, row.InvitationReference, DelegationType = row.DelegationType.ToString(), row.Justification,
        row.DepartsOn, row.ReturnsOn, Members = "[]", row.Itinerary, row.Schedule, row.FundingSource, row.BudgetFen, Status = row.Status.ToString(),
        row.ApprovalNumber, row.ApprovedOn, row.RuleVersionId, row.Reason, row.ReturnedOn, row.ReportSummary, DepartureYear = row.DepartsOn.Year,
        row.Version, row.CreatedAt, row.UpdatedAt, row.PublicationStartsOn,
    });

    /// <summary>Per sending organ the caller may see: the visits departing in the year that have departed, their members and distinct staff members.</summary>
    public async Task<IReadOnlyList<VisitCountRow>> CountsAsync(int year, CancellationToken ct)
    {
        var filter = new SqlFilter()
            .Where("v.departure_year = @Year", "Year", year)
            .Where(dialect.InList("v.status", "@Departed"), "Departed",
                new[] { VisitStatus.Travelling, VisitStatus.Returned, VisitStatus.Reported, VisitStatus.Closed }.Select(s => s.ToString()).ToArray())
            .Scoped(scope, "v.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<VisitCountRow>(new CommandDefinition(
            $"""
            SELECT v.organ_id, COUNT(DISTINCT v.id) AS visits, COUNT(m.id) AS travellers, COUNT(DISTINCT m.staff_member_id) AS distinct_travellers
            FROM foreign_affairs_visit v JOIN foreign_affairs_member m ON m.visit_id = v.id{filter.Sql}
            GROUP BY v.organ_id ORDER BY v.organ_id
            """, filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The returned visits without their report that the caller may see, of one organ or all, by return.</summary>
    public async Task<IReadOnlyList<UnreportedVisitRow>> UnreportedVisibleAsync(Guid? organId, CancellationToken ct)
    {
        var filter = new SqlFilter()
            .Where("status = @Status", "Status", nameof(VisitStatus.Returned))
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<UnreportedVisitRow>(new CommandDefinition(
            $"SELECT id, organ_id, returned_on FROM foreign_affairs_visit{filter.Sql} ORDER BY returned_on, id", filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Every returned visit without its report, of every organ (the sweep runs as the system principal).</summary>
    public async Task<IReadOnlyList<UnreportedVisitRow>> UnreportedAsync(CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<UnreportedVisitRow>(new CommandDefinition(
            "SELECT id, organ_id, returned_on FROM foreign_affairs_visit WHERE status = @Status ORDER BY id",
            new { Status = nameof(VisitStatus.Returned) }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
