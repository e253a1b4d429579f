using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a special plate rule version (Vehicles_CreateSpecialPlateRule): the route.</summary>
internal static class CreateSpecialPlateRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/special-plates", Handle).WithName("Vehicles_CreateSpecialPlateRule")
            .WithSummary("Add a version of a special plate rule (police 警, emergency management 应急; V9); the version it supersedes ends the day before")
            .WithDescription("Names the organs and categories that carry the series; every organ id must exist (400 organIds:vehicles.organ-ref-not-found). Plates already registered are not changed. Admin scope, bureau only.")
            .Produces<SpecialPlateRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<SpecialPlateRuleResponse>> Handle(CreateSpecialPlateRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateSpecialPlateRuleCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/special-plates?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateSpecialPlateRuleCommand(CreateSpecialPlateRuleRequest Body) : ICommand<SpecialPlateRuleResponse>;

internal sealed class CreateSpecialPlateRuleValidator : AbstractValidator<CreateSpecialPlateRuleCommand>
{
    public CreateSpecialPlateRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.Suffix).NotEmpty().MaximumLength(2).Must(s => s is null || s.All(c => c > 0x3000))
            .WithErrorCode(VehiclesErrors.CharacterSet.Code).WithMessage(_ => VehiclesErrors.CharacterSet.Title);
        RuleFor(c => c.Body.SerialLength).InclusiveBetween(3, 6);
        RuleFor(c => c.Body.Categories).NotEmpty().Must(c => c is null || c.Distinct().Count() == c.Count).WithErrorCode(FieldErrors.Invalid.Code).WithMessage(_ => FieldErrors.Invalid.Title);
        RuleForEach(c => c.Body.Categories).IsInEnum();
        RuleFor(c => c.Body.OrganIds).NotNull().Must(o => o is null || (o.Count <= 500 && o.Distinct().Count() == o.Count)).WithErrorCode(FieldErrors.Invalid.Code).WithMessage(_ => FieldErrors.Invalid.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateSpecialPlateRuleHandler(RuleVersioning versioning, IMediator mediator, OrganScope scope)
    : IRequestHandler<CreateSpecialPlateRuleCommand, SpecialPlateRuleResponse>
{
    public async Task<SpecialPlateRuleResponse> Handle(CreateSpecialPlateRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (b.OrganIds.Count > 0)
        {
            var known = await mediator.Send(new GetOrgansByIdQuery(b.OrganIds.ToList()), ct);
            if (b.OrganIds.Any(id => !known.ContainsKey(id)))
            {
                throw ProblemException.ForField(VehiclesErrors.OrganRefNotFound, "organIds");
            }
        }
        var value = new SpecialPlateValue(b.Suffix, b.SerialLength, b.Categories.Order().ToList(), b.OrganIds);
        return await versioning.AddAsync(VehiclesRuleTables.SpecialPlates, RuleKinds.SpecialPlate, b.Code.Trim(), new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(value), b.Source, b.DocumentId, RuleMapping.ToSpecialPlate, ct);
    }
}
