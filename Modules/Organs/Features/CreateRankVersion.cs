using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>Create rank version (Organs_CreateRankVersion): the route.</summary>
internal static class CreateRankVersion
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder ranks) =>
        ranks.MapPost("/", Handle).WithName("Organs_CreateRankVersion")
            .WithSummary("Add a rank version; the version it supersedes ends the day before (新增职级版本)")
            .WithDescription("Rule-table edits are new versions, never overwrites: findings dated before effectiveFrom keep using the old version. Cite the source document.")
            .Produces<RankResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(Scopes.Admin);

    private static async Task<Created<RankResponse>> Handle(CreateRankVersionRequest body, IMediator mediator, CancellationToken ct)
    {
        var rank = await mediator.Send(new CreateRankVersionCommand(body), ct);
        return TypedResults.Created($"{OrgansEndpoints.Root}/ranks?jurisdiction={rank.Jurisdiction}&level={rank.Level}", rank);
    }
}

internal sealed record CreateRankVersionCommand(CreateRankVersionRequest Body) : ICommand<RankResponse>;

internal sealed class CreateRankVersionValidator : AbstractValidator<CreateRankVersionCommand>
{
    public CreateRankVersionValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(OrgansErrors.Jurisdiction.Code).WithMessage(_ => OrgansErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Level).IsInEnum();
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(50).Matches("^[A-Za-z][A-Za-z0-9]*$");
        RuleFor(c => c.Body.NameZh).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.NameEn).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.SortOrder).InclusiveBetween(0, 10_000);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>
/// A rule-table edit is a new version, never an overwrite (<see cref="RuleTable"/>): the open version it
/// supersedes (same jurisdiction, level and code) ends the day before, so a finding dated earlier still sees the old one.
/// </summary>
internal sealed class CreateRankVersionHandler(RankRepository ranks, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateRankVersionCommand, RankResponse>
{
    public Task<RankResponse> Handle(CreateRankVersionCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        return OrgansRuleTables.Ranks.AddVersionAsync(ranks.Rank(body.Level, body.Code), audit, new NewRuleVersion(body.Jurisdiction, body.EffectiveFrom),
            effectiveTo => new RankRow
            {
                Id = ids.NewId(),
                Jurisdiction = body.Jurisdiction,
                Level = body.Level,
                Code = body.Code,
                NameZh = body.NameZh.Trim(),
                NameEn = body.NameEn.Trim(),
                IsLeader = body.IsLeader,
                SortOrder = body.SortOrder,
                EffectiveFrom = body.EffectiveFrom,
                EffectiveTo = effectiveTo,
                Source = body.Source.Trim(),
                DocumentId = body.DocumentId,
            },
            row => row.ToResponse(), ct);
    }
}
