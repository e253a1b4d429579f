using System.Globalization;
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

/// <summary>Attribute a month of a contract's charges to an organ (Logistics_CreateContractCharge): the route.</summary>
internal static class CreateContractCharge
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapPost("/{id:guid}/charges", Handle).WithName("Logistics_CreateContractCharge")
            .WithSummary("Attribute a month of a property-service contract's charges to an organ (物业费分摊)")
            .WithDescription("A contract serves several organs; the bureau records what each bears per month (yyyy-MM), and the Costs module counts it in the organ's logistics service costs of that month's year. The month must overlap the contract's term (422 logistics.charge-outside-term); the contract's charges never sum above its value (422 logistics.charges-above-contract-value); one charge per contract, organ and month (409 logistics.contract-charge-exists). Bureau only.")
            .Produces<ContractChargeResponse>(StatusCodes.Status201Created).CreateProblems(403, 404, 409, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<ContractChargeResponse>> Handle(Guid id, CreateContractChargeRequest body, IMediator mediator, CancellationToken ct)
    {
        var charge = await mediator.Send(new CreateContractChargeCommand(id, body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/contracts/{id}/charges", charge);
    }

    /// <summary>The first day of a yyyy-MM month, or null.</summary>
    public static DateOnly? MonthOf(string? month) =>
        month is { Length: 7 } && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

internal sealed record CreateContractChargeCommand(Guid ContractId, CreateContractChargeRequest Body) : ICommand<ContractChargeResponse>;

internal sealed class CreateContractChargeValidator : AbstractValidator<CreateContractChargeCommand>
{
    public CreateContractChargeValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Month).NotEmpty().Must(m => CreateContractCharge.MonthOf(m) is not null)
            .WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("A month as yyyy-MM.");
        RuleFor(c => c.Body.Amount).Must(a => a > 0 && Yuan.IsValid(a)).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class CreateContractChargeHandler(ContractRepository contracts, CostRepository costs, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateContractChargeCommand, ContractChargeResponse>
{
    public async Task<ContractChargeResponse> Handle(CreateContractChargeCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (!await costs.LockContractAsync(command.ContractId, ct))
        {
            throw new ProblemException(LogisticsErrors.ContractNotFound);
        }
        var contract = await contracts.GetAsync(command.ContractId, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound);
        var organ = await LogisticsReferences.OrganAsync(mediator, b.OrganId, ct);
        var month = CreateContractCharge.MonthOf(b.Month)!.Value;
        if (month > contract.EndsOn || month.AddMonths(1).AddDays(-1) < contract.StartsOn)
        {
            throw new ProblemException(LogisticsErrors.ChargeOutsideTerm, detail: $"{b.Month}: {contract.StartsOn:yyyy-MM-dd} – {contract.EndsOn:yyyy-MM-dd}");
        }
        var amountFen = Yuan.ToFen(b.Amount);
        var charged = await costs.ChargedFenAsync(contract.Id, ct);
        if (charged + amountFen > contract.ValueFen)
        {
            throw new ProblemException(LogisticsErrors.ChargesAboveContractValue,
                detail: $"{Yuan.FromFen(charged):0.00} + {Yuan.FromFen(amountFen):0.00} > {Yuan.FromFen(contract.ValueFen):0.00}");
        }
        var row = new ContractChargeRow
        {
            Id = ids.NewId(), ContractId = contract.Id, OrganId = organ.Id, Month = month, AmountFen = amountFen,
            Note = string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim(), CreatedAt = clock.UtcNow,
        };
        if (!await costs.InsertChargeIfAbsentAsync(row, ct))
        {
            throw new ProblemException(LogisticsErrors.ContractChargeExists, detail: $"{organ.Id} {b.Month}");
        }
        var response = row.ToResponse();
        audit.Record("LogisticsContractCharge", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
