using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Features;

/// <summary>List inspection campaigns (Guidance_ListCampaigns): the route.</summary>
internal static class ListCampaigns
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapGet("/", Handle).WithName("Guidance_ListCampaigns")
            .WithSummary("List inspection campaigns (检查活动列表)")
            .WithDescription("Filters: planId, status. The city bureau lists every campaign; a lower-level bureau the published ones and those in which " +
                             "a unit of its jurisdiction was drawn, as GET /campaigns/{id} shows them. Each item is the campaign without its candidates " +
                             "and results. Sort fields: createdAt, publishedAt, title; default -createdAt.")
            .Produces<PagedResult<CampaignSummaryResponse>>().Problems(400).StrictEnums<CampaignListParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<PagedResult<CampaignSummaryResponse>>> Handle([AsParameters] CampaignListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCampaignsQuery(p.PlanId, p.Status, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/guidance/campaigns.</summary>
internal sealed record CampaignListParameters
{
    [FromQuery(Name = "planId")] public Guid? PlanId { get; init; }
    [FromQuery(Name = "status")] public CampaignStatus? Status { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListCampaignsQuery(Guid? PlanId, CampaignStatus? Status, PageRequest Page, string? Sort) : IQuery<PagedResult<CampaignSummaryResponse>>;

internal sealed class ListCampaignsValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsValidator() => RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
}

internal sealed class ListCampaignsHandler(InspectionRepository repo) : IRequestHandler<ListCampaignsQuery, PagedResult<CampaignSummaryResponse>>
{
    public async Task<PagedResult<CampaignSummaryResponse>> Handle(ListCampaignsQuery q, CancellationToken ct)
    {
        var (rows, total) = await repo.ListVisibleCampaignsAsync(q.PlanId, q.Status?.ToString(), q.Page, InspectionRepository.CampaignSort.OrderBy(q.Sort), ct);
        return new PagedResult<CampaignSummaryResponse>(rows.Select(r => r.ToSummary()).ToList(), q.Page.Page, q.Page.PageSize, total);
    }
}
