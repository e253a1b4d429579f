using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a fixed-car rank version (Vehicles_CreateFixedCarRank): the route.</summary>
internal static class CreateFixedCarRank
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/fixed-car-ranks", Handle).WithName("Vehicles_CreateFixedCarRank")
            .WithSummary("Add a version of the fixed-car rank rule (V5); the version it supersedes ends the day before (新增固定用车职级规则版本)")
            .WithDescription("Whether staff of one rank (level and rank code) may have a fixed car. A national ceiling: a local version may withdraw a rank's fixed car but not grant one the national table does not (422 rules.looser-than-ceiling). Existing assignments are not changed; new ones follow the version in force. Admin scope, bureau only.")
            .Produces<FixedCarRankResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<FixedCarRankResponse>> Handle(CreateFixedCarRankRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateFixedCarRankCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/fixed-car-ranks?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateFixedCarRankCommand(CreateFixedCarRankRequest Body) : ICommand<FixedCarRankResponse>;

internal sealed class CreateFixedCarRankValidator : AbstractValidator<CreateFixedCarRankCommand>
{
    public CreateFixedCarRankValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.Level).IsInEnum();
        RuleFor(c => c.Body.RankCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateFixedCarRankHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateFixedCarRankCommand, FixedCarRankResponse>
{
    public async Task<FixedCarRankResponse> Handle(CreateFixedCarRankCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var rankCode = b.RankCode.Trim();
        return await versioning.AddAsync(VehiclesRuleTables.FixedCarRanks, RuleKinds.FixedCarRank, RuleKinds.FixedCarRankKey(b.Level, rankCode),
            new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom), RuleJson.Write(new FixedCarRankValue(b.Level, rankCode, b.FixedCar)), b.Source, b.DocumentId,
            RuleMapping.ToFixedCarRank, ct);
    }
}
