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

/// <summary>The special plate rules' versions (Vehicles_ListSpecialPlateRules): the route.</summary>
internal static class ListSpecialPlateRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/special-plates", Handle).WithName("Vehicles_ListSpecialPlateRules")
            .WithSummary("Special plate rules (特种号牌, V9): police 警 and emergency-management 应急 series — every version, or those in force on a date")
            .WithDescription("Each series: its suffix, serial length, and the categories and organs that carry it. The national seed names no organ: the bureau adds a version listing the organs (public security, emergency management) before such plates are accepted.")
            .Produces<IReadOnlyList<SpecialPlateRuleResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<SpecialPlateRuleResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSpecialPlateRulesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListSpecialPlateRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<SpecialPlateRuleResponse>>, IRuleListQuery;

internal sealed class ListSpecialPlateRulesValidator : RuleListValidator<ListSpecialPlateRulesQuery>;

internal sealed class ListSpecialPlateRulesHandler(RuleRepository rules) : RuleListHandler<ListSpecialPlateRulesQuery, SpecialPlateRuleResponse>(rules, RuleKinds.SpecialPlate, RuleMapping.ToSpecialPlate);
