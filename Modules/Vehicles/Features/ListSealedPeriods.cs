using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The calendar of sealed periods (Vehicles_ListSealedPeriods): the route.</summary>
internal static class ListSealedPeriods
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder sealedPeriods) =>
        sealedPeriods.MapGet("/", Handle).WithName("Vehicles_ListSealedPeriods")
            .WithSummary("The calendar of sealed periods (节假日封存)")
            .WithDescription("Optionally only periods sharing a day with [from, to] (business dates).")
            .Produces<IReadOnlyList<SealedPeriodResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<SealedPeriodResponse>>> Handle([AsParameters] SealedPeriodListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSealedPeriodsQuery(p.From, p.To), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles/sealed-periods.</summary>
internal sealed record SealedPeriodListParameters
{
    [FromQuery(Name = "from")] public DateOnly? From { get; init; }
    [FromQuery(Name = "to")] public DateOnly? To { get; init; }
}

internal sealed record ListSealedPeriodsQuery(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<SealedPeriodResponse>>;

internal sealed class ListSealedPeriodsHandler(TripRepository trips) : IRequestHandler<ListSealedPeriodsQuery, IReadOnlyList<SealedPeriodResponse>>
{
    public async Task<IReadOnlyList<SealedPeriodResponse>> Handle(ListSealedPeriodsQuery query, CancellationToken ct) =>
        (await trips.SealedPeriodsAsync(query.From, query.To, ct)).Select(r => new SealedPeriodResponse(r.Id, r.Name, r.StartsOn, r.EndsOn)).ToList();
}
