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

/// <summary>The meal standards (用餐标准) by guest rank (Reception_ListMealStandards): the route.</summary>
internal static class ListMealStandards
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/meal-standards", Handle).WithName("Reception_ListMealStandards")
            .WithSummary("The meal standards (用餐标准) by guest rank: every version, or those in force on a date")
            .WithDescription("With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<MealStandardResponse>>().Problems(400)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<MealStandardResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMealStandardsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListMealStandardsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<MealStandardResponse>>;

internal sealed class ListMealStandardsValidator : AbstractValidator<ListMealStandardsQuery>
{
    public ListMealStandardsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListMealStandardsHandler(RuleRepository rules) : IRequestHandler<ListMealStandardsQuery, IReadOnlyList<MealStandardResponse>>
{
    public async Task<IReadOnlyList<MealStandardResponse>> Handle(ListMealStandardsQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.MealStandard, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToMealStandard).ToList();
}
