using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>The office count rule table: every version (Buildings_ListOfficeCountRules): the route.</summary>
internal static class ListOfficeCountRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder counts) =>
        counts.MapGet("/", Handle).WithName("Buildings_ListOfficeCountRules")
            .WithSummary("The office count rule table (B3, B5): every version (办公室数量规则表)")
            .WithDescription("How many offices a person may hold in the organ of the primary post (seeded 1) and in all (seeded 2), from 党政机关办公用房管理办法 (2017) article 19, in force from 2017-12-05. A national ceiling: a local version may only lower the counts.")
            .Produces<IReadOnlyList<OfficeCountRuleResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<OfficeCountRuleResponse>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOfficeCountRulesQuery(), ct));
}

internal sealed record ListOfficeCountRulesQuery : IQuery<IReadOnlyList<OfficeCountRuleResponse>>;

internal sealed class ListOfficeCountRulesHandler(OfficeRepository offices) : IRequestHandler<ListOfficeCountRulesQuery, IReadOnlyList<OfficeCountRuleResponse>>
{
    public async Task<IReadOnlyList<OfficeCountRuleResponse>> Handle(ListOfficeCountRulesQuery query, CancellationToken ct) =>
        (await offices.CountRulesAsync(null, ct)).Select(r => r.ToResponse()).ToList();
}
