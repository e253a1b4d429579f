using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>The dining rules (工作餐和陪餐) (Reception_ListDiningRules): the route.</summary>
internal static class ListDiningRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/dining", Handle).WithName("Reception_ListDiningRules")
            .WithSummary("The dining rules (工作餐和陪餐): every version, or those in force on a date")
            .WithDescription("With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<DiningRuleResponse>>().Problems(400)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DiningRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDiningRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListDiningRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<DiningRuleResponse>>;

internal sealed class ListDiningRulesValidator : AbstractValidator<ListDiningRulesQuery>
{
    public ListDiningRulesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListDiningRulesHandler(RuleRepository rules) : IRequestHandler<ListDiningRulesQuery, IReadOnlyList<DiningRuleResponse>>
{
    public async Task<IReadOnlyList<DiningRuleResponse>> Handle(ListDiningRulesQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.Dining, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToDining).ToList();
}
