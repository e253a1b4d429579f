using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>List a vehicle's costs (Vehicles_ListCosts): the route.</summary>
internal static class ListCosts
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapGet("/{id:guid}/costs", Handle).WithName("Vehicles_ListCosts")
            .WithSummary("List a vehicle's costs (单车费用列表)")
            .WithDescription("Filters: kind, month (yyyy-MM). Sort fields: occurredOn, createdAt; default -occurredOn.")
            .Produces<PagedResult<CostResponse>>().Problems(400, 404).StrictEnums<CostListParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<PagedResult<CostResponse>>> Handle(Guid id, [AsParameters] CostListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCostsQuery(id, p.Kind, p.Month, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles/{id}/costs.</summary>
internal sealed record CostListParameters
{
    [FromQuery(Name = "kind")] public CostKind? Kind { get; init; }
    [FromQuery(Name = "month")] public string? Month { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListCostsQuery(Guid VehicleId, CostKind? Kind, string? Month, PageRequest Page, string? Sort) : IQuery<PagedResult<CostResponse>>;

internal sealed class ListCostsValidator : AbstractValidator<ListCostsQuery>
{
    public ListCostsValidator()
    {
        RuleFor(q => q.Month).Must(m => m is null || CostMonth.IsMonth(m)).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title);
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListCostsHandler(VehicleRepository vehicles, CostRepository costs) : IRequestHandler<ListCostsQuery, PagedResult<CostResponse>>
{
    public async Task<PagedResult<CostResponse>> Handle(ListCostsQuery query, CancellationToken ct)
    {
        _ = await vehicles.GetVisibleAsync(query.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var (rows, total) = await costs.ListAsync(query.VehicleId, query.Kind, query.Month, query.Page, CostRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<CostResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
