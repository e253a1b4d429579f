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

/// <summary>The fixed-car rank rule's versions (Vehicles_ListFixedCarRanks): the route.</summary>
internal static class ListFixedCarRanks
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/fixed-car-ranks", Handle).WithName("Vehicles_ListFixedCarRanks")
            .WithSummary("The fixed-car rank rule (固定配备公务用车的职级, V5): every version, or those in force on a date")
            .WithDescription("One row per administrative level and rank code: whether staff of that rank may have a fixed car. Seeded nationally from 中办发〔2017〕71号 (provincial-ministerial level and above; confidence M — confirm the local table); a rank without a version in force may not have one.")
            .Produces<IReadOnlyList<FixedCarRankResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<FixedCarRankResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFixedCarRanksQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListFixedCarRanksQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<FixedCarRankResponse>>, IRuleListQuery;

internal sealed class ListFixedCarRanksValidator : RuleListValidator<ListFixedCarRanksQuery>;

internal sealed class ListFixedCarRanksHandler(RuleRepository rules) : RuleListHandler<ListFixedCarRanksQuery, FixedCarRankResponse>(rules, RuleKinds.FixedCarRank, RuleMapping.ToFixedCarRank);
