using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Reception.Data;

/// <summary>All SQL on reception_cost; the reception's visibility is checked by the caller.</summary>
internal sealed class CostRepository(UnitOfWork uow)
{
    private const string Columns =
        "id, reception_id, category, amount_fen, payment_method, receipt_reference, incurred_on, persons, units, items, standard_fen, over_standard, explanation, rule_version_id, created_at";

    public async Task<IReadOnlyList<CostRow>> OfReceptionAsync(Guid receptionId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CostRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_cost WHERE reception_id = @Id ORDER BY incurred_on, created_at, id", new { Id = receptionId },
            uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(CostRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO reception_cost ({Columns})
            VALUES (@Id, @ReceptionId, @Category, @AmountFen, @PaymentMethod, @ReceiptReference, @IncurredOn, @Persons, @Units, @Items, @StandardFen,
                    @OverStandard, @Explanation, @RuleVersionId, @CreatedAt)
            """,
            new
            {
                row.Id, row.ReceptionId, Category = row.Category.ToString(), row.AmountFen, PaymentMethod = row.PaymentMethod.ToString(), row.ReceiptReference,
                row.IncurredOn, row.Persons, row.Units, row.Items, row.StandardFen, row.OverStandard, row.Explanation, row.RuleVersionId, row.CreatedAt,
            }, uow.Transaction, cancellationToken: ct));
}
