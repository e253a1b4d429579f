using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>The disclosure deadlines (Costs_ListDisclosureDueRules): the route.</summary>
internal static class ListDisclosureDueRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/disclosure-due", Handle).WithName("Costs_ListDisclosureDueRules")
            .WithSummary("The disclosure deadlines (预决算公开期限) for budgets and final accounts: every version, or those in force on a date")
            .WithDescription("T3. With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national); without, every version (of `jurisdiction` when given). Each carries its source and register document.")
            .Produces<IReadOnlyList<DisclosureDueRuleResponse>>().Problems(400)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DisclosureDueRuleResponse>>> Handle([AsParameters] CostsRuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDisclosureDueRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListDisclosureDueRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<DisclosureDueRuleResponse>>;

internal sealed class ListDisclosureDueRulesValidator : AbstractValidator<ListDisclosureDueRulesQuery>
{
    public ListDisclosureDueRulesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListDisclosureDueRulesHandler(RuleRepository rules) : IRequestHandler<ListDisclosureDueRulesQuery, IReadOnlyList<DisclosureDueRuleResponse>>
{
    public async Task<IReadOnlyList<DisclosureDueRuleResponse>> Handle(ListDisclosureDueRulesQuery query, CancellationToken ct) =>
        (await CostsRuleVersioning.ListAsync(rules, DisclosurePacks.DueKind, query.Jurisdiction, query.On, ct)).Select(CostsRuleVersioning.ToDisclosureDue).ToList();
}
