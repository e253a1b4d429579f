using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>List service life rules (Assets_ListServiceLifeRules): the route.</summary>
internal static class ListServiceLifeRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/service-life", Handle).WithName("Assets_ListServiceLifeRules")
            .WithSummary("The service life (使用年限) per category: every version, or those in force on a date")
            .WithDescription("With `on`, per category the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). The seeded national values are unconfirmed (see source).")
            .Produces<IReadOnlyList<ServiceLifeRuleResponse>>().Problems(400)
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ServiceLifeRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListServiceLifeRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListServiceLifeRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<ServiceLifeRuleResponse>>;

internal sealed class ListServiceLifeRulesValidator : AbstractValidator<ListServiceLifeRulesQuery>
{
    public ListServiceLifeRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(AssetsErrors.Jurisdiction.Code).WithMessage(_ => AssetsErrors.Jurisdiction.Title);
}

/// <summary>Every version, or with `on` per category the most specific version in force for the jurisdiction.</summary>
internal sealed class ListServiceLifeRulesHandler(ServiceLifeRepository lives) : IRequestHandler<ListServiceLifeRulesQuery, IReadOnlyList<ServiceLifeRuleResponse>>
{
    public async Task<IReadOnlyList<ServiceLifeRuleResponse>> Handle(ListServiceLifeRulesQuery query, CancellationToken ct)
    {
        if (query.On is { } on)
        {
            var chain = await lives.VersionsAsync(Jurisdictions.ChainOf(query.Jurisdiction), ct);
            return RuleResolver.ResolveEach(chain, r => r.Category, query.Jurisdiction, on).OrderBy(r => r.Category).Select(ServiceLife.ToResponse).ToList();
        }
        return (await lives.VersionsAsync(query.Jurisdiction is null ? null : [query.Jurisdiction], ct)).Select(ServiceLife.ToResponse).ToList();
    }
}

/// <summary>Query parameters of the rule-table list.</summary>
internal sealed record RuleListParameters
{
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
