using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using Microsoft.AspNetCore.Mvc;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>List drivers (Vehicles_ListDrivers): the route.</summary>
internal static class ListDrivers
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder drivers) =>
        drivers.MapGet("/", Handle).WithName("Vehicles_ListDrivers")
            .WithSummary("List drivers with filters and paging (驾驶员列表)")
            .WithDescription("Filters: organId, status, q (name contains). Sort fields: name, licenceExpiresOn, createdAt.")
            .Produces<PagedResult<DriverResponse>>().Problems(400).StrictEnums<DriverListParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<PagedResult<DriverResponse>>> Handle([AsParameters] DriverListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDriversQuery(new DriverFilter(p.OrganId, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles/drivers.</summary>
internal sealed record DriverListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public DriverStatus? Status { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListDriversQuery(DriverFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<DriverResponse>>;

internal sealed class ListDriversValidator : AbstractValidator<ListDriversQuery>
{
    public ListDriversValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListDriversHandler(DriverRepository drivers) : IRequestHandler<ListDriversQuery, PagedResult<DriverResponse>>
{
    public async Task<PagedResult<DriverResponse>> Handle(ListDriversQuery query, CancellationToken ct)
    {
        var (rows, total) = await drivers.ListAsync(query.Filter, query.Page, DriverRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<DriverResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
