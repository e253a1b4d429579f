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
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Amend a property-service contract (Logistics_AmendContract): the route.</summary>
internal static class AmendContract
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapPost("/{id:guid}/amendments", Handle).WithName("Logistics_AmendContract")
            .WithSummary("Amend a property-service contract: its end of term, scope or price basis, with a reason (If-Match required; 合同变更)")
            .WithDescription("Changes any of `endsOn`, `serviceItems` (each in the catalogue in force on the effective date, else 422 logistics.not-in-catalogue), `buildingIds` (400 logistics.building-ref-not-found) and `priceBasis`, from `effectiveOn` — a day within the contract's term and not after today (422 logistics.amendment-date). The amended term, from the original start to the new end, follows the contract-term rule (L2) as at registration: above the normal term it needs `longTermReason` or the one recorded (422 logistics.contract-term-reason-required) and carries the warning logistics.contract-term-above-normal; above the longest, 422 logistics.contract-term-too-long. Shortening the term may not leave charged months outside it (422 logistics.charges-outside-amended-term). An amendment that changes nothing is 422 logistics.amendment-changes-nothing. The contract's version goes up (the answer's ETag); the amendment is kept with each part before and after (GET …/amendments) and audited. Bureau only.")
            .Produces<ContractAmendmentResponse>(StatusCodes.Status201Created).UpdateProblems(403, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<ContractAmendmentResponse>> Handle(Guid id, AmendContractRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var amendment = await mediator.Send(new AmendContractCommand(id, ETags.RequireIfMatch(http), body), ct);
        return ETags.Created(http, $"{LogisticsEndpoints.Root}/contracts/{id}/amendments", amendment, a => a.ContractVersion);
    }
}

internal sealed record AmendContractCommand(Guid Id, IfMatch IfMatch, AmendContractRequest Body) : ICommand<ContractAmendmentResponse>;

internal sealed class AmendContractValidator : AbstractValidator<AmendContractCommand>
{
    public AmendContractValidator()
    {
        RuleFor(c => c.Body.EffectiveOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.EndsOn).GreaterThanOrEqualTo(c => c.Body.EffectiveOn).When(c => c.Body.EndsOn is not null);
        RuleFor(c => c.Body.ServiceItems).NotEmpty().Must(i => i is null || i.Count <= 50).WithMessage("1–50 items.").When(c => c.Body.ServiceItems is not null);
        RuleForEach(c => c.Body.ServiceItems).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.BuildingIds).Must(b => b is null || b.Count <= 100).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage("At most 100 buildings.");
        RuleFor(c => c.Body.PriceBasis).NotEmpty().MaximumLength(500).When(c => c.Body.PriceBasis is not null);
        RuleFor(c => c.Body.LongTermReason).MaximumLength(500);
    }
}

internal sealed class AmendContractHandler(
    ContractRepository contracts, CostRepository costs, RuleRepository rules, ServiceLevels levels, IMediator mediator, OrganScope scope, CurrentPrincipal principal,
    AuditTrail audit, IdGenerator ids, BusinessClock clock) : IRequestHandler<AmendContractCommand, ContractAmendmentResponse>
{
    public async Task<ContractAmendmentResponse> Handle(AmendContractCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        // The contract's row first, as charges take it: an amendment and a charge of one contract apply one after the other.
        if (!await costs.LockContractAsync(command.Id, ct))
        {
            throw new ProblemException(LogisticsErrors.ContractNotFound);
        }
        var row = await contracts.GetAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var b = command.Body;
        if (b.EffectiveOn < row.StartsOn || b.EffectiveOn > row.EndsOn || b.EffectiveOn > clock.Today)
        {
            throw new ProblemException(LogisticsErrors.AmendmentDate, detail: $"{row.StartsOn:yyyy-MM-dd}..{row.EndsOn:yyyy-MM-dd}, today {clock.Today:yyyy-MM-dd}");
        }
        var before = row.ToResponse();
        var endsOn = b.EndsOn ?? row.EndsOn;
        var items = b.ServiceItems?.Select(i => i.Trim()).Distinct().ToList() ?? [.. row.Items];
        if (b.ServiceItems is not null)
        {
            foreach (var item in items)
            {
                await levels.ItemAsync(item, row.DivisionCode, b.EffectiveOn, ct);
            }
        }
        var buildings = b.BuildingIds is null ? row.Buildings : await ContractScope.BuildingsAsync(mediator, b.BuildingIds, ct);
        var priceBasis = b.PriceBasis?.Trim() ?? row.PriceBasis;
        var reason = await ContractScope.JudgeTermAsync(rules, row.DivisionCode, row.StartsOn, endsOn, b.LongTermReason ?? row.LongTermReason, ct);
        if (endsOn == row.EndsOn && items.SequenceEqual(row.Items) && buildings.SequenceEqual(row.Buildings) && priceBasis == row.PriceBasis)
        {
            throw new ProblemException(LogisticsErrors.AmendmentChangesNothing);
        }
        if (endsOn < row.EndsOn && (await contracts.ChargedMonthsAsync(row.Id, ct)).Last is { } lastCharged && lastCharged > endsOn)
        {
            throw new ProblemException(LogisticsErrors.ChargesOutsideAmendedTerm, detail: $"{lastCharged:yyyy-MM}");
        }
        var amendment = new ContractAmendmentRow
        {
            Id = ids.NewId(), ContractId = row.Id, ContractVersion = expected + 1, EffectiveOn = b.EffectiveOn, Reason = b.Reason.Trim(),
            EndsOnBefore = row.EndsOn, EndsOn = endsOn, ServiceItemsBefore = row.ServiceItems, ServiceItems = string.Join('\n', items),
            BuildingIdsBefore = row.BuildingIds, BuildingIds = Lines.Join(buildings.ToList()), PriceBasisBefore = row.PriceBasis, PriceBasis = priceBasis,
            LongTermReason = reason, Principal = principal.Id, CreatedAt = clock.UtcNow,
        };
        row.EndsOn = endsOn;
        row.ServiceItems = amendment.ServiceItems;
        row.BuildingIds = amendment.BuildingIds;
        row.PriceBasis = priceBasis;
        row.LongTermReason = reason;
        row.Version = expected + 1;
        if (!await contracts.AmendAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        await contracts.InsertAmendmentAsync(amendment, ct);
        audit.Record("LogisticsContract", row.Id, null, AuditTrail.Diff(before, row.ToResponse()));
        return amendment.ToResponse();
    }
}
