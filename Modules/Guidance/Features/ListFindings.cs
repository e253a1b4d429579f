using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>List findings, or the overdue rectifications (Guidance_ListFindings): the route.</summary>
internal static class ListFindings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapGet("/", Handle).WithName("Guidance_ListFindings")
            .WithSummary("List findings; with overdue=true the overdue rectifications (检查问题列表 / 逾期整改清单)")
            .WithDescription("Filters: campaignId, status, overdue (true: Open or Returned and due before the business date today). A lower-level " +
                             "bureau lists its jurisdiction's findings only. Sort fields: dueOn, openedOn, divisionCode; default dueOn.")
            .Produces<PagedResult<FindingResponse>>().Problems(400).StrictEnums<FindingListParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<PagedResult<FindingResponse>>> Handle([AsParameters] FindingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListFindingsQuery(p.CampaignId, p.Status, p.Overdue ?? false, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/guidance/findings.</summary>
internal sealed record FindingListParameters
{
    [FromQuery(Name = "campaignId")] public Guid? CampaignId { get; init; }
    [FromQuery(Name = "status")] public FindingStatus? Status { get; init; }
    [FromQuery(Name = "overdue")] public bool? Overdue { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListFindingsQuery(Guid? CampaignId, FindingStatus? Status, bool Overdue, PageRequest Page, string? Sort) : IQuery<PagedResult<FindingResponse>>;

internal sealed class ListFindingsValidator : AbstractValidator<ListFindingsQuery>
{
    public ListFindingsValidator() => RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
}

internal sealed class ListFindingsHandler(InspectionRepository repo, BusinessClock clock) : IRequestHandler<ListFindingsQuery, PagedResult<FindingResponse>>
{
    public async Task<PagedResult<FindingResponse>> Handle(ListFindingsQuery q, CancellationToken ct)
    {
        var today = clock.Today;
        var (rows, total) = await repo.ListFindingsAsync(q.CampaignId, q.Status?.ToString(), q.Overdue ? today : null, q.Page,
            InspectionRepository.FindingSort.OrderBy(q.Sort), ct);
        return new PagedResult<FindingResponse>(rows.Select(r => r.ToResponse(today)).ToList(), q.Page.Page, q.Page.PageSize, total);
    }
}
