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

/// <summary>Correct a cost of an incoming delegation (ForeignAffairs_CorrectDelegationCost): the route.</summary>
internal static class CorrectDelegationCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder incoming) =>
        incoming.MapPost("/{id:guid}/costs/{costId:guid}/corrections", Handle).WithName("ForeignAffairs_CorrectDelegationCost")
            .WithSummary("Correct a cost of receiving foreign guests (外宾接待费用更正): the new amount, recorded as the signed difference")
            .WithDescription("The correction is a cost line of its own (correctsId, amount the signed difference, the reason) and publishes IncomingDelegationCostRecorded on the Reception line with correctsEventId and differenceFen; Costs posts it once under the correction's own id. The new amount is checked against the standard the cost was checked against (FI1, 422 foreign-affairs.delegation-cost-over-standard); 0 cancels the cost (a banquet corrected to 0 no longer counts as held). A correction cannot be corrected (409 foreign-affairs.delegation-cost-is-correction); an unchanged amount is 400. Accepts Idempotency-Key.")
            .Produces<DelegationCostResponse>(StatusCodes.Status201Created).CreateProblems(404, 409, 422)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<DelegationCostResponse>> Handle(Guid id, Guid costId, CorrectDelegationCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var cost = await mediator.Send(new CorrectDelegationCostCommand(id, costId, body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/incoming/{id}", cost);
    }
}

internal sealed record CorrectDelegationCostCommand(Guid DelegationId, Guid CostId, CorrectDelegationCostRequest Body) : ICommand<DelegationCostResponse>;

internal sealed class CorrectDelegationCostValidator : AbstractValidator<CorrectDelegationCostCommand>
{
    public CorrectDelegationCostValidator()
    {
        RuleFor(c => c.Body.Amount).Must(Yuan.IsValid)
            .WithErrorCode(ForeignAffairsErrors.AmountInvalid.Code).WithMessage(ForeignAffairsErrors.AmountInvalid.Title);
        RuleFor(c => c.Body.PaidOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().Length(2, 500);
    }
}

internal sealed class CorrectDelegationCostHandler(DelegationRepository delegations, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CorrectDelegationCostCommand, DelegationCostResponse>
{
    public async Task<DelegationCostResponse> Handle(CorrectDelegationCostCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var delegation = await delegations.GetVisibleAsync(command.DelegationId, ct) ?? throw new ProblemException(ForeignAffairsErrors.DelegationNotFound);
        // Two corrections of one cost at once would both take the difference from the same current amount: the delegation's row is locked first.
        await delegations.LockAsync(delegation.Id, ct);
        var costs = await delegations.CostsOfAsync([delegation.Id], ct);
        var cost = costs.FirstOrDefault(c => c.Id == command.CostId) ?? throw new ProblemException(ForeignAffairsErrors.DelegationCostNotFound);
        if (cost.CorrectsId is not null)
        {
            throw new ProblemException(ForeignAffairsErrors.DelegationCostIsCorrection, detail: $"corrects {cost.CorrectsId}");
        }
        var amount = Yuan.ToFen(b.Amount);
        var difference = amount - DelegationMapping.CurrentFen(cost, costs);
        if (difference == 0)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.CorrectionUnchanged, "amount");
        }
        if (cost.LimitFen is { } limit && amount > limit)
        {
            throw new ProblemException(ForeignAffairsErrors.DelegationCostOverStandard,
                detail: $"FI1: {b.Amount} > {Yuan.FromFen(limit)} ({cost.Category}, the cost's limit) — rule version {cost.RuleVersionId}");
        }
        var row = new DelegationCostRow
        {
            Id = ids.NewId(), DelegationId = delegation.Id, OrganId = delegation.OrganId, Category = cost.Category, AmountFen = difference, PaidOn = b.PaidOn,
            PaymentMethod = cost.PaymentMethod, PaymentReference = cost.PaymentReference, Persons = cost.Persons, Accompanying = cost.Accompanying, Days = cost.Days,
            CorrectsId = cost.Id, Reason = b.Reason.Trim(), CreatedAt = clock.UtcNow,
        };
        await delegations.InsertCostAsync(row, ct);
        // The correction's own id is its event and source id: Costs posts the difference once, on the Reception line.
        outbox.Enqueue(row.ToEvent());
        var response = row.ToResponse([.. costs, row]);
        audit.Record("ForeignAffairsDelegationCost", row.Id, delegation.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
