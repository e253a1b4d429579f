using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Create service life rule (Assets_CreateServiceLifeRule): the route.</summary>
internal static class CreateServiceLifeRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/service-life", Handle).WithName("Assets_CreateServiceLifeRule")
            .WithSummary("Add a service-life version; the version it supersedes ends the day before (新增使用年限规则版本)")
            .WithDescription("Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<ServiceLifeRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ServiceLifeRuleResponse>> Handle(CreateServiceLifeRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateServiceLifeRuleCommand(body), ct);
        return TypedResults.Created($"{AssetsEndpoints.Root}/rules/service-life?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateServiceLifeRuleCommand(CreateServiceLifeRuleRequest Body) : ICommand<ServiceLifeRuleResponse>;

internal sealed class CreateServiceLifeRuleValidator : AbstractValidator<CreateServiceLifeRuleCommand>
{
    public CreateServiceLifeRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(AssetsErrors.Jurisdiction.Code).WithMessage(_ => AssetsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Years).InclusiveBetween(1, 50);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A rule edit is a new version (<see cref="RuleTable"/>): the version it supersedes (same category and jurisdiction) ends the day before.</summary>
internal sealed class CreateServiceLifeRuleHandler(ServiceLifeRepository lives, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateServiceLifeRuleCommand, ServiceLifeRuleResponse>
{
    public Task<ServiceLifeRuleResponse> Handle(CreateServiceLifeRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return AssetsRuleTables.ServiceLife.AddVersionAsync(lives.Category(b.Category), audit, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            effectiveTo => new ServiceLifeRow
            {
                Id = ids.NewId(), Category = b.Category, Jurisdiction = b.Jurisdiction, EffectiveFrom = b.EffectiveFrom, EffectiveTo = effectiveTo,
                Years = b.Years, Source = b.Source.Trim(), DocumentId = b.DocumentId,
            },
            ServiceLife.ToResponse, ct);
    }
}
