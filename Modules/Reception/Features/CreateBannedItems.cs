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

/// <summary>Add a banned-items version (Reception_CreateBannedItems): the route.</summary>
internal static class CreateBannedItems
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/banned-items", Handle).WithName("Reception_CreateBannedItems")
            .WithSummary("Add a banned-items version; the version it supersedes ends the day before (新增禁止事项版本)")
            .WithDescription("A local list adds to the lists in force above its jurisdiction: an item banned nationally stays banned. Rule edits are new versions, never overwrites: a reception is judged by the version in force on its first day (a cost line on its date). Cite the source document. Admin scope, bureau only.")
            .Produces<BannedItemsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<BannedItemsResponse>> Handle(CreateBannedItemsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateBannedItemsCommand(body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/rules/banned-items?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateBannedItemsCommand(CreateBannedItemsRequest Body) : ICommand<BannedItemsResponse>;

internal sealed class CreateBannedItemsValidator : AbstractValidator<CreateBannedItemsCommand>
{
    public CreateBannedItemsValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Items).NotEmpty().MaxItems(30);
        RuleForEach(c => c.Body.Items).IsInEnum();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateBannedItemsHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateBannedItemsCommand, BannedItemsResponse>
{
    public Task<BannedItemsResponse> Handle(CreateBannedItemsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(ReceptionRuleTables.BannedItems, RuleKinds.BannedItems, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new BannedItemsValue(b.Items.Distinct().ToList())), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToBannedItems, ct);
    }
}
