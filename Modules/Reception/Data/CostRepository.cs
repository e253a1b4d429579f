using Dapper;
using OrganAffairs.Shared.Data;

namespace OrganAffairs.Reception.Data;

/// <summary>All SQL on reception_cost; the reception's visibility is checked by the caller.</summary>
internal sealed class CostRepository(UnitOfWork uow)
{
    private const string Columns =
        "id, reception_id, category, amount_fen, payment_method, receipt_reference, incurred_on, persons, units, items, standard_fen, over_standard, explanation, rule_version_id, explanation_approved_by, explanation_approved_at, created_at";

    public async Task<IReadOnlyList<CostRow>> OfReceptionAsync(Guid receptionId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CostRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_cost WHERE reception_id = @Id ORDER BY incurred_on, created_at, id", new { Id = receptionId },
            uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<CostRow?> GetAsync(Guid receptionId, Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CostRow>(new CommandDefinition(
            $"SELECT {Columns} FROM reception_cost WHERE id = @Id AND reception_id = @ReceptionId", new { Id = id, ReceptionId = receptionId },
            uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Records the approval of the line's explanation unless it is already approved; false when it was.</summary>
    public async Task<bool> ApproveExplanationAsync(Guid id, Guid staffMemberId, DateTimeOffset at, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE reception_cost SET explanation_approved_by = @By, explanation_approved_at = @At WHERE id = @Id AND explanation_approved_by IS NULL",
            new { Id = id, By = staffMemberId, At = at }, uow.Transaction, cancellationToken: ct)) == 1;

    public Task InsertAsync(CostRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO reception_cost ({Columns})
            VALUES (@Id, @ReceptionId, @Category, @AmountFen, @PaymentMethod, @ReceiptReference, @IncurredOn, @Persons, @Units, @Items, @StandardFen,
                    @OverStandard, @Explanation, @RuleVersionId, @ExplanationApprovedBy, @ExplanationApprovedAt, @CreatedAt)
            """,
            new
            {
                row.Id, row.ReceptionId, Category = row.Category.ToString(), row.AmountFen, PaymentMethod = row.PaymentMethod.ToString(), row.ReceiptReference,
                row.IncurredOn, row.Persons, row.Units, row.Items, row.StandardFen, row.OverStandard, row.Explanation, row.RuleVersionId, row.ExplanationApprovedBy, row.ExplanationApprovedAt, row.CreatedAt,
            }, uow.Transaction, cancellationToken: ct));
}
