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

/// <summary>The new-energy target's versions (Vehicles_ListNewEnergyTargets): the route.</summary>
internal static class ListNewEnergyTargets
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/new-energy-targets", Handle).WithName("Vehicles_ListNewEnergyTargets")
            .WithSummary("The new-energy target (新能源汽车比例, V11): every version, or the one in force on a date")
            .WithDescription("The minimum share of new-energy vehicles among the vehicles added and renewed in a year. Seeded nationally at 30 % for the 14th Five-Year Plan (2021-01-01 to 2025-12-31, confidence M); no later national target has been found, so later years show NoTarget until one is added.")
            .Produces<IReadOnlyList<NewEnergyTargetResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<NewEnergyTargetResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListNewEnergyTargetsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListNewEnergyTargetsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<NewEnergyTargetResponse>>, IRuleListQuery;

internal sealed class ListNewEnergyTargetsValidator : RuleListValidator<ListNewEnergyTargetsQuery>;

internal sealed class ListNewEnergyTargetsHandler(RuleRepository rules) : RuleListHandler<ListNewEnergyTargetsQuery, NewEnergyTargetResponse>(rules, RuleKinds.NewEnergyTarget, RuleMapping.ToNewEnergyTarget);
