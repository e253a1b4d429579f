using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListAllocationsQuery(AllocationFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<AllocationResponse>>;

internal sealed class ListAllocationsValidator : AbstractValidator<ListAllocationsQuery>
{
    public ListAllocationsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListAllocationsHandler(AllocationRepository allocations) : IRequestHandler<ListAllocationsQuery, PagedResult<AllocationResponse>>
{
    public async Task<PagedResult<AllocationResponse>> Handle(ListAllocationsQuery query, CancellationToken ct)
    {
        var (rows, total) = await allocations.ListAsync(query.Filter, query.Page, AllocationRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<AllocationResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
