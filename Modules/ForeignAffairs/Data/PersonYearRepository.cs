using Dapper;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_person_year: the rows an approval locks for its members' yearly trips (F11).</summary>
internal sealed class PersonYearRepository(UnitOfWork uow, SqlDialect dialect)
{
    /// <summary>
    /// Locks the staff members' rows of the year until the transaction ends, creating the missing ones first. Both steps go in the
    /// provider's key order, so two approvals sharing people queue on the first shared one instead of deadlocking.
    /// </summary>
    public async Task LockAsync(IReadOnlyCollection<Guid> staffMemberIds, int year, CancellationToken ct)
    {
        var keys = staffMemberIds.Distinct().Select(s => (Id: PersonYear.Of(s, year), StaffMemberId: s)).ToList();
        var insert = dialect.Upsert("foreign_affairs_person_year", ["staff_member_id", "year"], [], ["id"]);
        // The inserts take the unique key (staff member, year) in its order; the locks below take the ids in theirs.
        foreach (var (id, staffMemberId) in keys.OrderBy(k => k.StaffMemberId, dialect.KeyOrder))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(insert, new { Id = id, StaffMemberId = staffMemberId, Year = year }, uow.Transaction, cancellationToken: ct));
        }
        await dialect.LockRowsAsync(uow, "foreign_affairs_person_year", keys.Select(k => k.Id), ct);
    }
}
