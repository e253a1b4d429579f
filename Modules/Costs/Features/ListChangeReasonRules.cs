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

/// <summary>The change thresholds (Costs_ListChangeReasonRules): the route.</summary>
internal static class ListChangeReasonRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/change-reason", Handle).WithName("Costs_ListChangeReasonRules")
            .WithSummary("The change thresholds (增减变化说明阈值) beyond which a line needs a reason: every version, or those in force on a date")
            .WithDescription("T4. With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national); without, every version (of `jurisdiction` when given). Each carries its source and register document.")
            .Produces<IReadOnlyList<ChangeReasonRuleResponse>>().Problems(400)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ChangeReasonRuleResponse>>> Handle([AsParameters] CostsRuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListChangeReasonRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListChangeReasonRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<ChangeReasonRuleResponse>>;

internal sealed class ListChangeReasonRulesValidator : AbstractValidator<ListChangeReasonRulesQuery>
{
    public ListChangeReasonRulesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListChangeReasonRulesHandler(RuleRepository rules) : IRequestHandler<ListChangeReasonRulesQuery, IReadOnlyList<ChangeReasonRuleResponse>>
{
    public async Task<IReadOnlyList<ChangeReasonRuleResponse>> Handle(ListChangeReasonRulesQuery query, CancellationToken ct) =>
        (await CostsRuleVersioning.ListAsync(rules, DisclosurePacks.ReasonKind, query.Jurisdiction, query.On, ct)).Select(CostsRuleVersioning.ToChangeReason).ToList();
}
