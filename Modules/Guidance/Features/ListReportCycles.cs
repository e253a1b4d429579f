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
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>List reporting cycles (Guidance_ListReportCycles): the route.</summary>
internal static class ListReportCycles
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder cycles) =>
        cycles.MapGet("/", Handle).WithName("Guidance_ListReportCycles")
            .WithSummary("List reporting cycles with the submissions the caller may see (报送周期列表)")
            .WithDescription("Filters: reportTypeId, year (of the period's end). Sort fields: periodEnd, dueOn, openedAt; default -periodEnd. A lower-level bureau " +
                             "lists only cycles with a submission of its jurisdiction, each with those submissions only.")
            .Produces<PagedResult<ReportCycleResponse>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<PagedResult<ReportCycleResponse>>> Handle([AsParameters] ReportCycleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReportCyclesQuery(p.ReportTypeId, p.Year, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/guidance/cycles.</summary>
internal sealed record ReportCycleListParameters
{
    [FromQuery(Name = "reportTypeId")] public Guid? ReportTypeId { get; init; }
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListReportCyclesQuery(Guid? ReportTypeId, int? Year, PageRequest Page, string? Sort) : IQuery<PagedResult<ReportCycleResponse>>;

internal sealed class ListReportCyclesValidator : AbstractValidator<ListReportCyclesQuery>
{
    public ListReportCyclesValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
    }
}

internal sealed class ListReportCyclesHandler(ReportingRepository reports, BusinessClock clock) : IRequestHandler<ListReportCyclesQuery, PagedResult<ReportCycleResponse>>
{
    public async Task<PagedResult<ReportCycleResponse>> Handle(ListReportCyclesQuery q, CancellationToken ct)
    {
        var (rows, total) = await reports.ListCyclesAsync(q.ReportTypeId, q.Year, q.Page, ReportingRepository.CycleSort.OrderBy(q.Sort), ct);
        var submissions = (await reports.VisibleSubmissionsOfAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(s => s.CycleId);
        var codes = (await reports.ListTypesAsync(ct)).ToDictionary(t => t.Id, t => t.Code);
        var today = clock.Today;
        return new PagedResult<ReportCycleResponse>(
            rows.Select(r => r.ToResponse(codes.GetValueOrDefault(r.ReportTypeId, ""), submissions[r.Id], today)).ToList(), q.Page.Page, q.Page.PageSize, total);
    }
}
