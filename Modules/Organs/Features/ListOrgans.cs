using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>List organs (Organs_ListOrgans): the route.</summary>
internal static class ListOrgans
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapGet("/", Handle).WithName("Organs_ListOrgans")
            .WithSummary("List organs with filters and paging (机关列表)")
            .WithDescription("Filters: level, type, parentId, status, q (name or short name contains). Sort fields: name, divisionCode, createdAt, updatedAt; prefix - for descending.")
            .Produces<PagedResult<OrganResponse>>().Problems(400).StrictEnums<OrganListParameters>()
            .RequireScope(OrgansModule.ReadScope);

    private static async Task<Ok<PagedResult<OrganResponse>>> Handle([AsParameters] OrganListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOrgansQuery(
            new OrganFilter(p.Level, p.Type, p.ParentId, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

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

/// <summary>Query parameters of GET /api/v1/organs.</summary>
internal sealed record OrganListParameters
{
    [FromQuery(Name = "level")] public AdministrativeLevel? Level { get; init; }
    [FromQuery(Name = "type")] public OrganType? Type { get; init; }
    [FromQuery(Name = "parentId")] public Guid? ParentId { get; init; }
    [FromQuery(Name = "status")] public OrganStatus? Status { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
