using Dapper;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_agreement; every read passes the organ scope.</summary>
internal sealed class AgreementRepository(UnitOfWork uow, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, partner_city, partner_country, type, subject, state, steps, signed_on, expires_on, renewal_reminder_days, version, created_at, updated_at";

    public async Task<AgreementRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AgreementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_agreement WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(AgreementRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO foreign_affairs_agreement ({Columns})
            VALUES (@Id, @OrganId, @PartnerCity, @PartnerCountry, @Type, @Subject, @State, @Steps, @SignedOn, @ExpiresOn, @RenewalReminderDays, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the agreement if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(AgreementRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE foreign_affairs_agreement SET state = @State, steps = @Steps, signed_on = @SignedOn, expires_on = @ExpiresOn, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>Signed agreements the caller may see expiring between the two days (inclusive), of one organ or all, by expiry.</summary>
    public async Task<IReadOnlyList<AgreementRow>> ExpiringAsync(DateOnly from, DateOnly to, Guid? organId, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("state = @State", "State", nameof(AgreementState.Signed))
            .Where("expires_on >= @From", "From", from)
            .Where("expires_on <= @To", "To", to)
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AgreementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_agreement{where.Sql} ORDER BY expires_on, id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The agreements the caller may see, of one organ or all, optionally of one type and state, by type, state and expiry.</summary>
    public async Task<IReadOnlyList<AgreementRow>> VisibleAsync(Guid? organId, AgreementType? type, AgreementState? state, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Where("type = @Type", "Type", type?.ToString())
            .Where("state = @State", "State", state?.ToString())
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AgreementRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_agreement{where.Sql} ORDER BY type, state, expires_on, id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    private static DynamicParameters Parameters(AgreementRow r) => new(new
    {
        r.Id, r.OrganId, r.PartnerCity, r.PartnerCountry, Type = r.Type.ToString(), r.Subject, State = r.State.ToString(), r.Steps, r.SignedOn, r.ExpiresOn,
        r.RenewalReminderDays, r.Version, r.CreatedAt, r.UpdatedAt,
    });
}
