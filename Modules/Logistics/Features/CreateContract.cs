using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Checks;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Register a property-service contract (Logistics_CreateContract): the route.</summary>
internal static class CreateContract
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapPost("/", Handle).WithName("Logistics_CreateContract")
            .WithSummary("Register a property-service contract with a provider (登记物业服务合同)")
            .WithDescription("The provider's unified social credit code is checked (400 credit-code.invalid / credit-code.check-failed; an early pilot code only with creditCodeOverrideReason). Every covered item must be in the catalogue in force for the division on the start date (422 logistics.not-in-catalogue). The term (end date inclusive) follows the contract-term rule in force for the division on the start date (L2; nationally 1 year, 3 with a reason): above the normal term it needs longTermReason (422 logistics.contract-term-reason-required) and is answered with the warning logistics.contract-term-above-normal; above the longest, 422 logistics.contract-term-too-long. The energy-saving targets clause is required (公共机构节能条例 Art. 27; 422 logistics.energy-clause-required). `buildingIds` lists the buildings served (400 logistics.building-ref-not-found for one Buildings does not know); none: every building. Bureau only. Accepts Idempotency-Key.")
            .Produces<ContractResponse>(StatusCodes.Status201Created).CreateProblems(403, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<ContractResponse>> Handle(CreateContractRequest body, IMediator mediator, CancellationToken ct)
    {
        var contract = await mediator.Send(new CreateContractCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/contracts/{contract.Id}", contract);
    }
}

internal sealed record CreateContractCommand(CreateContractRequest Body) : ICommand<ContractResponse>;

internal sealed class CreateContractValidator : AbstractValidator<CreateContractCommand>
{
    public CreateContractValidator()
    {
        RuleFor(c => c.Body.ProviderName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.ProviderCreditCode).NotEmpty()
            .Must(UnifiedSocialCreditCode.HasValidShape).WithErrorCode(UnifiedSocialCreditCode.ShapeInvalid.Code).WithMessage(_ => UnifiedSocialCreditCode.ShapeInvalid.Title);
        RuleFor(c => c.Body.CreditCodeOverrideReason).MaximumLength(500);
        RuleFor(c => c.Body.DivisionCode).NotEmpty().Must(Jurisdictions.IsDivisionCode).WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("6 digits (GB/T 2260).");
        RuleFor(c => c.Body.ServiceItems).NotEmpty().Must(i => i is null || i.Count <= 50).WithMessage("1–50 items.");
        RuleForEach(c => c.Body.ServiceItems).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.StartsOn).NotEmpty();
        RuleFor(c => c.Body.EndsOn).NotEmpty().GreaterThanOrEqualTo(c => c.Body.StartsOn);
        RuleFor(c => c.Body.LongTermReason).MaximumLength(500);
        RuleFor(c => c.Body.PriceBasis).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Value).Must(Yuan.IsValid).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.EnergyTargets).MaximumLength(2000);
        RuleFor(c => c.Body.Kpis).MaximumLength(2000);
        RuleFor(c => c.Body.BuildingIds).Must(b => b is null || b.Count <= 100).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage("At most 100 buildings.");
    }
}

internal sealed class CreateContractHandler(
    ContractRepository contracts, RuleRepository rules, ServiceLevels levels, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateContractCommand, ContractResponse>
{
    public async Task<ContractResponse> Handle(CreateContractCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var code = b.ProviderCreditCode.Trim();
        var overrideReason = UnifiedSocialCreditCode.AcceptedOverride(code, b.CreditCodeOverrideReason, "providerCreditCode");
        if (string.IsNullOrWhiteSpace(b.EnergyTargets))
        {
            throw new ProblemException(LogisticsErrors.EnergyClauseRequired, detail: "公共机构节能条例 Art. 27 (L2)");
        }
        var items = b.ServiceItems.Select(i => i.Trim()).Distinct().ToList();
        foreach (var item in items)
        {
            await levels.ItemAsync(item, b.DivisionCode, b.StartsOn, ct);
        }
        var reason = await ContractScope.JudgeTermAsync(rules, b.DivisionCode, b.StartsOn, b.EndsOn, b.LongTermReason, ct);
        var buildings = await ContractScope.BuildingsAsync(mediator, b.BuildingIds, ct);
        var row = new ContractRow
        {
            Id = ids.NewId(), ProviderName = b.ProviderName.Trim(), ProviderCreditCode = code, CreditCodeOverrideReason = overrideReason, DivisionCode = b.DivisionCode,
            ServiceItems = string.Join('\n', items), StartsOn = b.StartsOn, EndsOn = b.EndsOn, LongTermReason = reason, PriceBasis = b.PriceBasis.Trim(),
            ValueFen = Yuan.ToFen(b.Value), EnergyTargets = b.EnergyTargets.Trim(), Kpis = string.IsNullOrWhiteSpace(b.Kpis) ? null : b.Kpis.Trim(), Version = 1,
            BuildingIds = Lines.Join(buildings.ToList()),
            CreatedAt = clock.UtcNow,
        };
        await contracts.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("LogisticsContract", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
