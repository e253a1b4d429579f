using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

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
