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

/// <summary>List vehicles (Vehicles_ListVehicles): the route.</summary>
internal static class ListVehicles
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapGet("/", Handle).WithName("Vehicles_ListVehicles")
            .WithSummary("List vehicles (台账) with filters and paging")
            .WithDescription("Filters: organId, category, status, q (plate, brand or model contains). Sort fields: plate, purchasedOn, createdAt; prefix - for descending. An ordinary organ sees only its own vehicles.")
            .Produces<PagedResult<VehicleResponse>>().Problems(400).StrictEnums<VehicleListParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<PagedResult<VehicleResponse>>> Handle([AsParameters] VehicleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListVehiclesQuery(
            new VehicleFilter(p.OrganId, p.Category, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles.</summary>
internal sealed record VehicleListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "category")] public VehicleCategory? Category { get; init; }
    [FromQuery(Name = "status")] public VehicleStatus? Status { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListVehiclesQuery(VehicleFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<VehicleResponse>>;

internal sealed class ListVehiclesValidator : AbstractValidator<ListVehiclesQuery>
{
    public ListVehiclesValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListVehiclesHandler(VehicleRepository vehicles) : IRequestHandler<ListVehiclesQuery, PagedResult<VehicleResponse>>
{
    public async Task<PagedResult<VehicleResponse>> Handle(ListVehiclesQuery query, CancellationToken ct)
    {
        var (rows, total) = await vehicles.ListAsync(query.Filter, query.Page, VehicleRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<VehicleResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
