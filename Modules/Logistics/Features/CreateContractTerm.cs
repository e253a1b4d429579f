using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Add a version of the contract-term rule (Logistics_CreateContractTerm): the route.</summary>
internal static class CreateContractTerm
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/contract-terms", Handle).WithName("Logistics_CreateContractTerm")
            .WithSummary("Add a version of the contract-term rule; the version it supersedes ends the day before (新增合同期限规则版本)")
            .WithDescription("The normal longest term of a property-service contract and the longest allowed with a recorded reason, in years (L2; nationally 1 and 3, 政府购买服务管理办法 Art. 24). Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<ContractTermResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ContractTermResponse>> Handle(CreateContractTermRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateContractTermCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/contract-terms?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateContractTermCommand(CreateContractTermRequest Body) : ICommand<ContractTermResponse>;

internal sealed class CreateContractTermValidator : AbstractValidator<CreateContractTermCommand>
{
    public CreateContractTermValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.NormalYears).InclusiveBetween(1, 10);
        RuleFor(c => c.Body.MaxYears).InclusiveBetween(1, 10).GreaterThanOrEqualTo(c => c.Body.NormalYears);
    }
}

internal sealed class CreateContractTermHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateContractTermCommand, ContractTermResponse>
{
    public Task<ContractTermResponse> Handle(CreateContractTermCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(LogisticsRuleTables.ContractTerms, RuleKinds.ContractTerm, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new ContractTermValue(b.NormalYears, b.MaxYears)), b.Source, b.Confidence, b.DocumentId, ContractMapping.ToContractTerm, ct);
    }
}
