using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>All SQL on foreign_affairs_expense. Callers reach a visit's lines through the visit they may see; the backfill page passes the organ scope.</summary>
internal sealed class ExpenseRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, visit_id, organ_id, category, member_id, amount_fen, paid_on, payment_reference, seat_class, country, units, note, limit_fen, rule_version_id, " +
        "corrects_id, reason, created_at";

    /// <summary>The lines and corrections of a visit, by payment date and creation.</summary>
    public async Task<IReadOnlyList<ExpenseRow>> OfVisitAsync(Guid visitId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ExpenseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM foreign_affairs_expense WHERE visit_id = @VisitId ORDER BY paid_on, created_at, id",
            new { VisitId = visitId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(ExpenseRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO foreign_affairs_expense ({Columns})
            VALUES (@Id, @VisitId, @OrganId, @Category, @MemberId, @AmountFen, @PaidOn, @PaymentReference, @SeatClass, @Country, @Units, @Note, @LimitFen,
                    @RuleVersionId, @CorrectsId, @Reason, @CreatedAt)
            """,
            new
            {
                row.Id, row.VisitId, row.OrganId, Category = row.Category.ToString(), row.MemberId, row.AmountFen, row.PaidOn, row.PaymentReference,
                SeatClass = row.SeatClass?.ToString(), row.Country, row.Units, row.Note, row.LimitFen, row.RuleVersionId, row.CorrectsId, row.Reason, row.CreatedAt,
            }, uow.Transaction, cancellationToken: ct));

    /// <summary>A page of lines and corrections in id order after <paramref name="after"/>, of a payment year or all, of the organs the caller may see.</summary>
    public async Task<IReadOnlyList<ExpenseRow>> PageAsync(int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        if (year is { } y)
        {
            where.Where("paid_on >= @From", "From", new DateOnly(y, 1, 1)).Where("paid_on <= @To", "To", new DateOnly(y, 12, 31));
        }
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ExpenseRow>(new CommandDefinition(
            dialect.Page($"SELECT {Columns} FROM foreign_affairs_expense{where.Sql} ORDER BY id"), where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
