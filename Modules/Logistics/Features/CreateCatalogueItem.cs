using System.Text.RegularExpressions;
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
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Add a version of a service item of the catalogue (Logistics_CreateCatalogueItem): the route.</summary>
internal static class CreateCatalogueItem
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/catalogue", Handle).WithName("Logistics_CreateCatalogueItem")
            .WithSummary("Add a version of a service item of the catalogue; the version it supersedes ends the day before (新增服务目录项目版本)")
            .WithDescription("An item (L1): its code, category, name, standard and reference price with source. A work order names an item in force for its organ's division on the day it is raised; another is 422 logistics.not-in-catalogue. Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<CatalogueItemResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<CatalogueItemResponse>> Handle(CreateCatalogueItemRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateCatalogueItemCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/catalogue?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateCatalogueItemCommand(CreateCatalogueItemRequest Body) : ICommand<CatalogueItemResponse>;

internal sealed partial class CreateCatalogueItemValidator : AbstractValidator<CreateCatalogueItemCommand>
{
    public CreateCatalogueItemValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(60).Matches(CodePattern()).WithErrorCode(Shared.Errors.FieldErrors.InvalidFormat.Code);
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Standard).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.Body.Unit).MaximumLength(30);
        RuleFor(c => c.Body.ReferencePrice).Must(p => p is null || Yuan.IsValid(p.Value)).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,59}$")]
    private static partial Regex CodePattern();
}

internal sealed class CreateCatalogueItemHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateCatalogueItemCommand, CatalogueItemResponse>
{
    public Task<CatalogueItemResponse> Handle(CreateCatalogueItemCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(LogisticsRuleTables.CatalogueItems, RuleKinds.CatalogueItem, b.Code, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new CatalogueItemValue(b.Category, b.Name.Trim(), b.Standard.Trim(), b.Unit?.Trim(), b.ReferencePrice is { } p ? Yuan.ToFen(p) : null)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToCatalogueItem, ct);
    }
}
