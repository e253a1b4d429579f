using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The hand-back rule versions (ForeignAffairs_ListHandBackRules): the route.</summary>
internal static class ListHandBackRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/hand-back", Handle).WithName("ForeignAffairs_ListHandBackRules")
            .WithSummary("The hand-back rule of travel documents (F10): every version, or those along a jurisdiction's chain (证照交回规则)")
            .WithDescription("With `jurisdiction`, the versions of that division, its prefecture, province and national (the most specific version in force applies); without it, every version.")
            .Produces<IReadOnlyList<HandBackRuleResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<HandBackRuleResponse>>> Handle([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListHandBackRulesQuery(jurisdiction), ct));
}

internal sealed record ListHandBackRulesQuery(string? Jurisdiction) : IQuery<IReadOnlyList<HandBackRuleResponse>>;

internal sealed class ListHandBackRulesValidator : AbstractValidator<ListHandBackRulesQuery>
{
    public ListHandBackRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
}

internal sealed class ListHandBackRulesHandler(RuleRepository rules) : IRequestHandler<ListHandBackRulesQuery, IReadOnlyList<HandBackRuleResponse>>
{
    public async Task<IReadOnlyList<HandBackRuleResponse>> Handle(ListHandBackRulesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(RuleKinds.Documents, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Where(r => r.RuleKey == RuleKinds.HandBackKey).Select(LimitsMapping.ToHandBackResponse).ToList();
}
