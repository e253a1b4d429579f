using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListBuildingsQuery(BuildingFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<BuildingResponse>>;

internal sealed class ListBuildingsValidator : AbstractValidator<ListBuildingsQuery>
{
    public ListBuildingsValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListBuildingsHandler(SpaceRepository space) : IRequestHandler<ListBuildingsQuery, PagedResult<BuildingResponse>>
{
    public async Task<PagedResult<BuildingResponse>> Handle(ListBuildingsQuery query, CancellationToken ct)
    {
        var (rows, total) = await space.ListBuildingsAsync(query.Filter, query.Page, SpaceRepository.BuildingSort.OrderBy(query.Sort), ct);
        return new PagedResult<BuildingResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
