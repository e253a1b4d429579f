using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Record an actual cost line (Reception_RecordCost): the route.</summary>
internal static class RecordCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/costs", Handle).WithName("Reception_RecordCost")
            .WithSummary("Record an actual cost line (实际费用) of an approved reception")
            .WithDescription("Approve first: a Draft or Submitted reception is 422 reception.not-approved; a settled, rejected or cancelled one 409. Meeting and Training are refused (R9, 422 reception.category-not-allowed); Cash is refused (R6, 422 reception.cash-payment); a banned item on incurredOn is 422 reception.banned-item. A meal line above the standard of the highest guest rank in force on incurredOn (standard × persons × meals or days) is 422 reception.over-standard unless overStandardExplanation is given: then it is recorded, flagged and opens the violation reception.over-standard-cost (R7) until its explanation is approved. Accepts Idempotency-Key.")
            .Produces<CostLineResponse>(StatusCodes.Status201Created).CreateProblems(404, 409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Created<CostLineResponse>> Handle(Guid id, RecordReceptionCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var line = await mediator.Send(new RecordCostCommand(id, body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/{id}/costs", line);
    }
}

internal sealed record RecordCostCommand(Guid ReceptionId, RecordReceptionCostRequest Body) : ICommand<CostLineResponse>;

internal sealed class RecordCostValidator : AbstractValidator<RecordCostCommand>
{
    public RecordCostValidator()
    {
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Amount).Yuan().GreaterThan(0);
        RuleFor(c => c.Body.PaymentMethod).IsInEnum();
        RuleFor(c => c.Body.ReceiptReference).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.IncurredOn).NotEmpty();
        RuleFor(c => c.Body.Persons).InclusiveBetween(1, 500);
        RuleFor(c => c.Body.Units).InclusiveBetween(1, 60);
        RuleFor(c => c.Body.Persons).NotNull().When(c => CostRules.NeedsPersons(c.Body.Category))
            .WithErrorCode(ReceptionErrors.PersonsRequired.Code).WithMessage(_ => ReceptionErrors.PersonsRequired.Title);
        RuleFor(c => c.Body.Units).NotNull().When(c => CostRules.NeedsPersons(c.Body.Category))
            .WithErrorCode(ReceptionErrors.PersonsRequired.Code).WithMessage(_ => ReceptionErrors.PersonsRequired.Title);
        RuleFor(c => c.Body.Items).MaxItems(20);
        RuleForEach(c => c.Body.Items).IsInEnum();
        RuleFor(c => c.Body.OverStandardExplanation).Length(10, 500).When(c => c.Body.OverStandardExplanation is not null);
    }
}

internal sealed class RecordCostHandler(
    ReceptionRepository receptions, CostRepository costs, ReceptionPlanner planner, ReceptionRuleBook book, Violations violations, OutboxBuffer outbox,
    IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock) : IRequestHandler<RecordCostCommand, CostLineResponse>
{
    public async Task<CostLineResponse> Handle(RecordCostCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var reception = await receptions.GetVisibleAsync(command.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        switch (reception.Status)
        {
            case ReceptionStatus.Draft or ReceptionStatus.Submitted:
                throw new ProblemException(ReceptionErrors.NotApproved, detail: "R1");
            case not (ReceptionStatus.Approved or ReceptionStatus.Completed):
                throw new ProblemException(ReceptionErrors.ReceptionState, detail: $"{reception.Status}");
        }
        if (b.IncurredOn < reception.StartsOn || b.IncurredOn > reception.EndsOn)
        {
            throw ProblemException.ForField(ReceptionErrors.CostOutsideDates, "incurredOn");
        }
        if (CostRules.IsDisguised(b.Category))
        {
            throw new ProblemException(ReceptionErrors.CategoryNotAllowed, detail: $"R9: {b.Category}");
        }
        if (!CostRules.IsAllowedPayment(b.PaymentMethod))
        {
            throw new ProblemException(ReceptionErrors.CashPayment, detail: $"R6: {b.PaymentMethod}");
        }
        var organ = await ReceptionReferences.OrganAsync(mediator, reception.OrganId, ct);
        var items = b.Items ?? [];
        await book.EnsureNotBannedAsync(items, organ.DivisionCode, b.IncurredOn, ct);

        var amount = Yuan.ToFen(b.Amount);
        var check = new MealCheck(null, null, false);
        if (b.Category == ReceptionCostCategory.Meals)
        {
            check = await book.CheckMealAsync(amount, b.Persons!.Value, b.Units!.Value, await planner.RanksAsync(reception, ct), organ.DivisionCode, b.IncurredOn, ct);
            if (check.Over && string.IsNullOrWhiteSpace(b.OverStandardExplanation))
            {
                throw new ProblemException(ReceptionErrors.OverStandard,
                    detail: $"R7: {b.Amount} > {Yuan.FromFen(check.LimitFen!.Value)} — {await book.SourceAsync(check.RuleVersionId!.Value, ct)}");
            }
        }
        var row = new CostRow
        {
            Id = ids.NewId(), ReceptionId = reception.Id, Category = b.Category, AmountFen = amount, PaymentMethod = b.PaymentMethod,
            ReceiptReference = b.ReceiptReference.Trim(), IncurredOn = b.IncurredOn, Persons = b.Persons, Units = b.Units, Items = ReceptionRules.Join(items),
            StandardFen = check.LimitFen, OverStandard = check.Over, Explanation = check.Over ? b.OverStandardExplanation!.Trim() : null,
            RuleVersionId = check.RuleVersionId, CreatedAt = clock.UtcNow,
        };
        await costs.InsertAsync(row, ct);
        if (row.OverStandard)
        {
            // Recorded with its explanation, the line stays a violation until the explanation is approved.
            await violations.OpenOnceAsync(new ViolationFinding(Duty.Reception, ReceptionViolationKinds.OverStandardCost, row.Id, reception.OrganId, "R7",
                row.RuleVersionId, clock.Today, null), ct);
        }

        var before = reception.ToResponse();
        var expected = reception.Version;
        if (CostRules.IsGuestFee(b.Category))
        {
            reception.GuestFeesFen += amount;
        }
        else
        {
            reception.ActualFen += amount;
            // The 三公经费 view's cost notification (DESIGN, "Money"): fen, the payment's business date, the line as source.
            outbox.Enqueue(new ReceptionCostRecorded(ids.NewId(), row.CreatedAt, reception.OrganId, "Reception", amount, row.IncurredOn, row.Id, reception.Id,
                row.Category, null, null));
        }
        reception.Version = expected + 1;
        reception.UpdatedAt = row.CreatedAt;
        if (!await receptions.UpdateAsync(reception, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var response = row.ToResponse();
        audit.Record("ReceptionCost", row.Id, reception.OrganId, AuditTrail.Diff(null, response));
        audit.Record("Reception", reception.Id, reception.OrganId, AuditTrail.Diff(before, reception.ToResponse()));
        return response;
    }
}
