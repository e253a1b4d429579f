using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Correct a contract charge recorded wrongly (Logistics_CorrectContractCharge): the route.</summary>
internal static class CorrectContractCharge
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapPost("/{id:guid}/charges/{chargeId:guid}/corrections", Handle).WithName("Logistics_CorrectContractCharge")
            .WithSummary("Correct a contract charge recorded wrongly, with a reason (物业费分摊更正)")
            .WithDescription("The charge takes the correct amount (0 withdraws a charge recorded for the wrong organ or month: record the right one as a new charge); the correction keeps the amount before, the amount after, the signed difference, the reason and the principal, and is audited. The Costs module's logistics service costs (GetLogisticsServiceCostsQuery) read the corrected amount in the charge's month's year. The contract's charges still never sum above its value (422 logistics.charges-above-contract-value; the contract row is locked first); the same amount is 422 logistics.correction-unchanged; corrections of one contract's charges are applied one after the other (each starts from the amount the one before left), and a write that still finds the amount changed is 409 concurrency.conflict. Bureau only. Accepts Idempotency-Key.")
            .Produces<ContractChargeCorrectionResponse>(StatusCodes.Status201Created).CreateProblems(403, 404, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<ContractChargeCorrectionResponse>> Handle(Guid id, Guid chargeId, CorrectContractChargeRequest body, IMediator mediator, CancellationToken ct)
    {
        var correction = await mediator.Send(new CorrectContractChargeCommand(id, chargeId, body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/contracts/{id}/charges?organId={correction.OrganId}", correction);
    }
}

internal sealed record CorrectContractChargeCommand(Guid ContractId, Guid ChargeId, CorrectContractChargeRequest Body) : ICommand<ContractChargeCorrectionResponse>;

internal sealed class CorrectContractChargeValidator : AbstractValidator<CorrectContractChargeCommand>
{
    public CorrectContractChargeValidator()
    {
        RuleFor(c => c.Body.Amount).Must(a => a >= 0 && Yuan.IsValid(a)).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class CorrectContractChargeHandler(ContractRepository contracts, CostRepository costs, OrganScope scope, CurrentPrincipal principal, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CorrectContractChargeCommand, ContractChargeCorrectionResponse>
{
    public async Task<ContractChargeCorrectionResponse> Handle(CorrectContractChargeCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        if (!await costs.LockContractAsync(command.ContractId, ct))
        {
            throw new ProblemException(LogisticsErrors.ContractNotFound);
        }
        var contract = await contracts.GetAsync(command.ContractId, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound);
        var charge = await costs.GetChargeAsync(contract.Id, command.ChargeId, ct) ?? throw new ProblemException(LogisticsErrors.ContractChargeNotFound);
        var amountFen = Yuan.ToFen(command.Body.Amount);
        if (amountFen == charge.AmountFen)
        {
            throw new ProblemException(LogisticsErrors.CorrectionUnchanged, detail: $"{Yuan.FromFen(amountFen):0.00}");
        }
        var charged = await costs.ChargedFenAsync(contract.Id, ct);
        if (charged - charge.AmountFen + amountFen > contract.ValueFen)
        {
            throw new ProblemException(LogisticsErrors.ChargesAboveContractValue,
                detail: $"{Yuan.FromFen(charged - charge.AmountFen):0.00} + {Yuan.FromFen(amountFen):0.00} > {Yuan.FromFen(contract.ValueFen):0.00}");
        }
        var row = new ChargeCorrectionRow
        {
            Id = ids.NewId(), ChargeId = charge.Id, ContractId = contract.Id, OrganId = charge.OrganId, Month = charge.Month, PreviousFen = charge.AmountFen,
            AmountFen = amountFen, DifferenceFen = amountFen - charge.AmountFen, Reason = command.Body.Reason.Trim(), Principal = principal.Id, CreatedAt = clock.UtcNow,
        };
        if (!await costs.CorrectChargeAsync(row, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var response = new ContractChargeCorrectionResponse(row.Id, row.ChargeId, row.ContractId, row.OrganId, Months.Format(row.Month), Yuan.FromFen(row.PreviousFen),
            Yuan.FromFen(row.AmountFen), Yuan.FromFen(row.DifferenceFen), row.Reason, row.CreatedAt);
        audit.Record("LogisticsContractChargeCorrection", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
