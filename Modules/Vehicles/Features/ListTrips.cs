using FluentValidation;
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
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>List trips (Vehicles_ListTrips): the route.</summary>
internal static class ListTrips
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapGet("/", Handle).WithName("Vehicles_ListTrips")
            .WithSummary("List trips with filters and paging (用车申请列表)")
            .WithDescription("Filters: organId, status, vehicleId, driverId, from and to (UTC instants; trips overlapping [from, to)). Sort fields: startsAt, createdAt; default -startsAt.")
            .Produces<PagedResult<TripResponse>>().Problems(400).StrictEnums<TripListParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<PagedResult<TripResponse>>> Handle([AsParameters] TripListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListTripsQuery(
            new TripFilter(p.OrganId, p.Status, p.VehicleId, p.DriverId, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles/trips.</summary>
internal sealed record TripListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public TripStatus? Status { get; init; }
    [FromQuery(Name = "vehicleId")] public Guid? VehicleId { get; init; }
    [FromQuery(Name = "driverId")] public Guid? DriverId { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListTripsQuery(TripFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<TripResponse>>;

internal sealed class ListTripsValidator : AbstractValidator<ListTripsQuery>
{
    public ListTripsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListTripsHandler(TripRepository trips) : IRequestHandler<ListTripsQuery, PagedResult<TripResponse>>
{
    public async Task<PagedResult<TripResponse>> Handle(ListTripsQuery query, CancellationToken ct)
    {
        var (rows, total) = await trips.ListAsync(query.Filter, query.Page, TripRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<TripResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
