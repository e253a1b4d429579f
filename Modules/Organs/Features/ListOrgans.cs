using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs.Features;

internal sealed record ListOrgansQuery(OrganFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<OrganResponse>>;

internal sealed class ListOrgansHandler(OrganRepository organs) : IRequestHandler<ListOrgansQuery, PagedResult<OrganResponse>>
{
    public async Task<PagedResult<OrganResponse>> Handle(ListOrgansQuery query, CancellationToken ct)
    {
        var orderBy = OrganRepository.Sort.OrderBy(query.Sort);
        var (rows, total) = await organs.ListAsync(query.Filter, query.Page, orderBy, ct);
        var headcount = await organs.HeadcountAsync(rows.Select(r => r.Id).ToList(), ct);
        return new PagedResult<OrganResponse>(rows.Select(r => OrganMapping.ToResponse(r, headcount)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed class ListOrgansValidator : FluentValidation.AbstractValidator<ListOrgansQuery>
{
    public ListOrgansValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}
