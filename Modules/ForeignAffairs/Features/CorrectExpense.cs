using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Correct an expense line (ForeignAffairs_CorrectExpense): the route.</summary>
internal static class CorrectExpense
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/expenses/{lineId:guid}/corrections", Handle).WithName("ForeignAffairs_CorrectExpense")
            .WithSummary("Correct an expense line (费用更正): the new amount, recorded as the signed difference")
            .WithDescription("The correction is a line of its own (correctsId, amount the signed difference, the reason) and publishes OutboundVisitCostRecorded with correctsEventId and differenceFen. The new amount is checked against the limit the line was checked against (F11, 422). A correction cannot be corrected (409 foreign-affairs.expense-is-correction); an unchanged amount is 400. Accepts Idempotency-Key.")
            .Produces<ExpenseLineResponse>(StatusCodes.Status201Created).CreateProblems(404, 409, 422)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<ExpenseLineResponse>> Handle(Guid id, Guid lineId, CorrectExpenseRequest body, IMediator mediator, CancellationToken ct)
    {
        var line = await mediator.Send(new CorrectExpenseCommand(id, lineId, body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/{id}/expenses", line);
    }
}

internal sealed record CorrectExpenseCommand(Guid VisitId, Guid LineId, CorrectExpenseRequest Body) : ICommand<ExpenseLineResponse>;

internal sealed class CorrectExpenseValidator : AbstractValidator<CorrectExpenseCommand>
{
    public CorrectExpenseValidator()
    {
        RuleFor(c => c.Body.Amount).Must(Yuan.IsValid)
            .WithErrorCode(ForeignAffairsErrors.AmountInvalid.Code).WithMessage(ForeignAffairsErrors.AmountInvalid.Title);
        RuleFor(c => c.Body.PaidOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().Length(2, 500);
    }
}

internal sealed class CorrectExpenseHandler(VisitRepository visits, ExpenseRepository expenses, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CorrectExpenseCommand, ExpenseLineResponse>
{
    public async Task<ExpenseLineResponse> Handle(CorrectExpenseCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var visit = await visits.GetVisibleAsync(command.VisitId, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        // Serialised with the visit's other expense writes (the sums per member and country).
        await visits.LockAsync(visit.Id, ct);
        var rows = await expenses.OfVisitAsync(visit.Id, ct);
        var line = rows.FirstOrDefault(r => r.Id == command.LineId) ?? throw new ProblemException(ForeignAffairsErrors.ExpenseNotFound);
        if (line.CorrectsId is not null)
        {
            throw new ProblemException(ForeignAffairsErrors.ExpenseIsCorrection, detail: $"corrects {line.CorrectsId}");
        }
        ExpenseChecks.EnsureOpen(visit);
        var amount = Yuan.ToFen(b.Amount);
        var difference = amount - ExpenseMapping.CurrentFen(line, rows);
        if (difference == 0)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.CorrectionUnchanged, "amount");
        }
        if (line.LimitFen is { } limit)
        {
            ExpenseChecks.EnsureWithin(line.Category == Contracts.ForeignAffairs.ExpenseCategory.Lodging ? ForeignAffairsErrors.LodgingOverLimit : ForeignAffairsErrors.AllowanceOverLimit,
                amount, limit, $"{line.Country}, {line.Units}, the line's limit", $"rule version {line.RuleVersionId}");
            if (line.MemberId is { } memberId && line.Country is { } country && line.Units is { } units)
            {
                ExpenseChecks.EnsureSumWithin(visit, rows, line.Category, memberId, country, difference, limit, units);
            }
        }
        var row = new ExpenseRow
        {
            Id = ids.NewId(), VisitId = visit.Id, OrganId = visit.OrganId, Category = line.Category, MemberId = line.MemberId, AmountFen = difference, PaidOn = b.PaidOn,
            PaymentReference = line.PaymentReference, SeatClass = line.SeatClass, Country = line.Country, Units = line.Units, CorrectsId = line.Id,
            Reason = b.Reason.Trim(), CreatedAt = clock.UtcNow,
        };
        await expenses.InsertAsync(row, ct);
        outbox.Enqueue(row.ToEvent());
        var response = row.ToResponse([.. rows, row]);
        audit.Record("ForeignAffairsExpense", row.Id, visit.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
