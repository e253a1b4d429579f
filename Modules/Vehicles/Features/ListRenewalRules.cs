using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The renewal rule's versions (Vehicles_ListRenewalRules): the route.</summary>
internal static class ListRenewalRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/renewal", Handle).WithName("Vehicles_ListRenewalRules")
            .WithSummary("The renewal rule (更新条件): every version, or the one in force on a date")
            .WithDescription("Age in years or mileage in km from which a vehicle may be renewed. The seeded national values are unconfirmed (see source).")
            .Produces<IReadOnlyList<RenewalRuleResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<RenewalRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRenewalRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListRenewalRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<RenewalRuleResponse>>, IRuleListQuery;

internal sealed class ListRenewalRulesValidator : RuleListValidator<ListRenewalRulesQuery>;

internal sealed class ListRenewalRulesHandler(RuleRepository rules) : RuleListHandler<ListRenewalRulesQuery, RenewalRuleResponse>(rules, RuleKinds.Renewal, RenewalMapping.ToResponse);
