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

/// <summary>The same-city switch (同城接待) (Reception_ListSameCityRules): the route.</summary>
internal static class ListSameCityRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/same-city", Handle).WithName("Reception_ListSameCityRules")
            .WithSummary("The same-city switch (同城接待): every version, or those in force on a date")
            .WithDescription("With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<SameCityRuleResponse>>().Problems(400)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<SameCityRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSameCityRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListSameCityRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<SameCityRuleResponse>>;

internal sealed class ListSameCityRulesValidator : AbstractValidator<ListSameCityRulesQuery>
{
    public ListSameCityRulesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListSameCityRulesHandler(RuleRepository rules) : IRequestHandler<ListSameCityRulesQuery, IReadOnlyList<SameCityRuleResponse>>
{
    public async Task<IReadOnlyList<SameCityRuleResponse>> Handle(ListSameCityRulesQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.SameCity, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToSameCity).ToList();
}
