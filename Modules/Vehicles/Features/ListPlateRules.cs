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

/// <summary>The plate rule's versions (Vehicles_ListPlateRules): the route.</summary>
internal static class ListPlateRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/plates", Handle).WithName("Vehicles_ListPlateRules")
            .WithSummary("The plate rule (号牌规则): every version, or the one in force on a date")
            .WithDescription("Province abbreviations, letters (I and O excluded), ordinary and new-energy lengths and the new-energy letters (D battery-electric, F other).")
            .Produces<IReadOnlyList<PlateRuleResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<PlateRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPlateRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListPlateRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<PlateRuleResponse>>, IRuleListQuery;

internal sealed class ListPlateRulesValidator : RuleListValidator<ListPlateRulesQuery>;

internal sealed class ListPlateRulesHandler(RuleRepository rules) : RuleListHandler<ListPlateRulesQuery, PlateRuleResponse>(rules, RuleKinds.Plate, RuleMapping.ToPlateRule);
