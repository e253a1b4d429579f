using Dapper;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_annual_submission: one organ's publication or filing for one year.</summary>
internal sealed class AnnualSubmissionRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public AnnualObligation Kind { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid RuleId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public string Reference { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>All SQL on buildings_annual_submission.</summary>
internal sealed class AnnualSubmissionRepository(UnitOfWork uow, OrganScope scope)
{
    private const string Columns = "id, organ_id, year, kind, due_on, rule_id, submitted_on, reference, created_at";

    public async Task<IReadOnlyList<AnnualSubmissionRow>> OfYearAsync(int year, Guid? organId, CancellationToken ct)
    {
        var where = new SqlFilter().Where("year = @Year", "Year", year).Where("organ_id = @OrganId", "OrganId", organId).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AnnualSubmissionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_annual_submission{where.Sql} ORDER BY organ_id, kind", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(AnnualSubmissionRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_annual_submission ({Columns}) VALUES (@Id, @OrganId, @Year, @Kind, @DueOn, @RuleId, @SubmittedOn, @Reference, @CreatedAt)",
            new { row.Id, row.OrganId, row.Year, Kind = row.Kind.ToString(), row.DueOn, row.RuleId, row.SubmittedOn, row.Reference, row.CreatedAt },
            uow.Transaction, cancellationToken: ct));
}
