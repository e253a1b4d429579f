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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Add a version of a service-level policy (Logistics_CreateSlaPolicy): the route.</summary>
internal static class CreateSlaPolicy
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/sla-policies", Handle).WithName("Logistics_CreateSlaPolicy")
            .WithSummary("Add a version of a service-level policy; the version it supersedes ends the day before (新增服务时限标准版本)")
            .WithDescription("Targets for a category and priority (L3): on site within RespondWithinMinutes and resolved within ResolveWithinMinutes of the raise, in working time (the Shared business calendar of the organ'\''s division: working days with 调休, the lunch break excluded) or calendar time; holds pause the clock. An order keeps the policy in force when it was raised; with `contractId` the policy is that contract's own, taken instead of the general one when an order is assigned under the contract (400 logistics.contract-ref-not-found for an unknown contract). Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<SlaPolicyResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<SlaPolicyResponse>> Handle(CreateSlaPolicyRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateSlaPolicyCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/sla-policies?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateSlaPolicyCommand(CreateSlaPolicyRequest Body) : ICommand<SlaPolicyResponse>;

internal sealed class CreateSlaPolicyValidator : AbstractValidator<CreateSlaPolicyCommand>
{
    public CreateSlaPolicyValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Priority).IsInEnum();
        RuleFor(c => c.Body.Basis).IsInEnum();
        RuleFor(c => c.Body.RespondWithinMinutes).InclusiveBetween(1, 525_600).When(c => c.Body.RespondWithinMinutes is not null);
        RuleFor(c => c.Body.ResolveWithinMinutes).InclusiveBetween(1, 525_600).When(c => c.Body.ResolveWithinMinutes is not null);
        RuleFor(c => c.Body.ResolveWithinMinutes).NotNull().When(c => c.Body.RespondWithinMinutes is null).WithErrorCode(Shared.Errors.FieldErrors.Required.Code);
    }
}

internal sealed class CreateSlaPolicyHandler(RuleVersioning versioning, ContractRepository contracts, OrganScope scope) : IRequestHandler<CreateSlaPolicyCommand, SlaPolicyResponse>
{
    public async Task<SlaPolicyResponse> Handle(CreateSlaPolicyCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (b.ContractId is { } contractId && await contracts.GetAsync(contractId, ct) is null)
        {
            throw ProblemException.ForField(LogisticsErrors.ContractRefNotFound, "contractId");
        }
        return await versioning.AddAsync(LogisticsRuleTables.SlaPolicies, RuleKinds.SlaPolicy, RuleKinds.SlaKey(b.Category, b.Priority, b.ContractId), new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new SlaPolicyValue(b.RespondWithinMinutes, b.ResolveWithinMinutes, b.Basis)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToSlaPolicy, ct);
    }
}
