using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Add a same-city switch version (Reception_CreateSameCityRule): the route.</summary>
internal static class CreateSameCityRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/same-city", Handle).WithName("Reception_CreateSameCityRule")
            .WithSummary("Add a same-city switch version; the version it supersedes ends the day before (新增同城接待规则版本)")
            .WithDescription("Whether guests from the same city may be received (several cities abolished it in 2025); the most specific version applies. Rule edits are new versions, never overwrites: a reception is judged by the version in force on its first day (a cost line on its date). Cite the source document. Admin scope, bureau only.")
            .Produces<SameCityRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<SameCityRuleResponse>> Handle(CreateSameCityRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateSameCityRuleCommand(body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/rules/same-city?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateSameCityRuleCommand(CreateSameCityRuleRequest Body) : ICommand<SameCityRuleResponse>;

internal sealed class CreateSameCityRuleValidator : AbstractValidator<CreateSameCityRuleCommand>
{
    public CreateSameCityRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateSameCityRuleHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateSameCityRuleCommand, SameCityRuleResponse>
{
    public Task<SameCityRuleResponse> Handle(CreateSameCityRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(ReceptionRuleTables.SameCity, RuleKinds.SameCity, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new SameCityValue(b.Allowed)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToSameCity, ct);
    }
}
