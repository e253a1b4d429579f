using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>List outbound visits (ForeignAffairs_ListVisits): the route.</summary>
internal static class ListVisits
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/", Handle).WithName("ForeignAffairs_ListVisits")
            .WithSummary("List outbound visits with filters and paging (因公出访列表)")
            .WithDescription("Filters: organId, status, year (of the departure). Sort fields: departsOn, createdAt; default -departsOn. An organ sees its own visits.")
            .Produces<PagedResult<VisitResponse>>().Problems(400).StrictEnums<VisitListParameters>()
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<PagedResult<VisitResponse>>> Handle([AsParameters] VisitListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListVisitsQuery(new VisitFilter(p.OrganId, p.Status, p.Year), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs.</summary>
internal sealed record VisitListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public VisitStatus? Status { get; init; }
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListVisitsQuery(VisitFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<VisitResponse>>;

internal sealed class ListVisitsValidator : AbstractValidator<ListVisitsQuery>
{
    public ListVisitsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200);
        RuleFor(q => q.Filter.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
    }
}

internal sealed class ListVisitsHandler(VisitRepository visits, VisitRuleBook rules, BusinessClock clock) : IRequestHandler<ListVisitsQuery, PagedResult<VisitResponse>>
{
    public async Task<PagedResult<VisitResponse>> Handle(ListVisitsQuery query, CancellationToken ct)
    {
        var (rows, total) = await visits.ListAsync(query.Filter, query.Page, VisitRepository.Sort.OrderBy(query.Sort), ct);
        var regions = await rules.NationalRegionsAsync(clock.Today, ct);
        return new PagedResult<VisitResponse>(rows.Select(r => r.ToResponse(regions)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
