using FluentValidation;
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

/// <summary>The recovery deadline rule table: every version (Buildings_ListDeadlineRules): the route.</summary>
internal static class ListDeadlineRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder deadlines) =>
        deadlines.MapGet("/", Handle).WithName("Buildings_ListDeadlineRules")
            .WithSummary("The recovery deadline rule table: every version (腾退期限规则表)")
            .WithDescription("OfficeRecovery (transferred or retired staff, seeded 1 month) and SecondOfficeRecovery (seeded 2 months), from 党政机关办公用房管理办法 (2017).")
            .Produces<IReadOnlyList<DeadlineRuleResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DeadlineRuleResponse>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDeadlineRulesQuery(), ct));
}

internal sealed record ListDeadlineRulesQuery : IQuery<IReadOnlyList<DeadlineRuleResponse>>;

internal sealed class ListDeadlineRulesHandler(RecoveryRepository recovery) : IRequestHandler<ListDeadlineRulesQuery, IReadOnlyList<DeadlineRuleResponse>>
{
    public async Task<IReadOnlyList<DeadlineRuleResponse>> Handle(ListDeadlineRulesQuery query, CancellationToken ct) =>
        (await recovery.RulesAsync(null, null, ct)).Select(r => r.ToResponse()).ToList();
}
