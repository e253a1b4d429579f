using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>List public institutions with filters and paging (Energy_ListInstitutions): the route.</summary>
internal static class ListInstitutions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/", Handle).WithName("Energy_ListInstitutions")
            .WithSummary("List public institutions with filters and paging (公共机构列表)")
            .WithDescription("Filters: organId, q (name or directory code contains). Sort fields: name, directoryCode, createdAt. An ordinary organ sees only its own institution.")
            .Produces<PagedResult<InstitutionResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<InstitutionResponse>>> Handle([AsParameters] InstitutionListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListInstitutionsQuery(p.OrganId, p.Q, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListInstitutionsQuery(Guid? OrganId, string? Search, PageRequest Page, string? Sort) : IQuery<PagedResult<InstitutionResponse>>;

internal sealed class ListInstitutionsValidator : AbstractValidator<ListInstitutionsQuery>
{
    public ListInstitutionsValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListInstitutionsHandler(InstitutionRepository institutions) : IRequestHandler<ListInstitutionsQuery, PagedResult<InstitutionResponse>>
{
    public async Task<PagedResult<InstitutionResponse>> Handle(ListInstitutionsQuery query, CancellationToken ct)
    {
        var (rows, total) = await institutions.ListAsync(query.OrganId, query.Search, query.Page, InstitutionRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<InstitutionResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/energy/institutions.</summary>
internal sealed record InstitutionListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
