using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Open and overdue work orders now (Logistics_GetOpenWorkOrdersReport): the route.</summary>
internal static class GetOpenWorkOrdersReport
{
    private static readonly IReadOnlyList<(string Header, Func<OpenWorkOrdersRow, object?> Value)> Columns =
    [
        ("organId", r => r.OrganId), ("buildingId", r => r.BuildingId), ("category", r => r.Category), ("priority", r => r.Priority), ("open", r => r.Open),
        ("overdue", r => r.Overdue), ("oldestWorkOrderId", r => r.OldestWorkOrderId), ("oldestRaisedAt", r => r.OldestRaisedAt.ToString("O")), ("oldestAgeDays", r => r.OldestAgeDays),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/open-work-orders", Handle).WithName("Logistics_GetOpenWorkOrdersReport")
            .WithSummary("Open and overdue work orders per organ, building, category and priority, with the oldest, as JSON or CSV (未完成和超时工单统计)")
            .WithDescription("The work orders open now (raised, triaged, assigned, on site or on hold; resolved ones wait only for the requester's confirmation), grouped per organ, building of the room, category and priority: how many, how many are overdue (past a service-level deadline they have not met — the response one while nobody is on site, or the resolution one; on hold the clock is stopped), and the oldest (its id, raise instant and age in whole days). An ordinary organ sees its own orders; `organId` narrows to one organ (another organ's is 404). Rows ordered by the oldest first. `format=Csv` (or Accept: text/csv) answers text/csv with the columns organId,buildingId,category,priority,open,overdue,oldestWorkOrderId,oldestRaisedAt,oldestAgeDays.")
            .Produces<IReadOnlyList<OpenWorkOrdersRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<OpenWorkOrdersParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] OpenWorkOrdersParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetOpenWorkOrdersReportQuery(p.OrganId), ct), Columns);
}

/// <summary>Query parameters of GET /api/v1/logistics/reports/open-work-orders.</summary>
internal sealed record OpenWorkOrdersParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetOpenWorkOrdersReportQuery(Guid? OrganId) : IQuery<IReadOnlyList<OpenWorkOrdersRow>>;

internal sealed class GetOpenWorkOrdersReportValidator : AbstractValidator<GetOpenWorkOrdersReportQuery>
{
    public GetOpenWorkOrdersReportValidator() => RuleFor(q => q.OrganId).NotEqual(Guid.Empty).OverridePropertyName("organId");
}

internal sealed class GetOpenWorkOrdersReportHandler(ReportRepository reports, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetOpenWorkOrdersReportQuery, IReadOnlyList<OpenWorkOrdersRow>>
{
    public async Task<IReadOnlyList<OpenWorkOrdersRow>> Handle(GetOpenWorkOrdersReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, LogisticsErrors.OrganNotFound, ct);
        }
        var now = clock.UtcNow;
        var orders = await reports.OpenOrdersAsync(query.OrganId, ct);
        return orders.GroupBy(o => (o.OrganId, o.BuildingId, o.Category, o.Priority)).Select(g =>
        {
            var oldest = g.First(); // the rows come oldest first
            var overdue = g.Count(o => LogisticsReports.IsOverdue(new OpenOrderFacts(o.Id, o.RaisedAt, o.RespondDueAt, o.OnSiteAt, o.ResolveDueAt), now));
            return new OpenWorkOrdersRow(g.Key.OrganId, g.Key.BuildingId, g.Key.Category, g.Key.Priority, g.Count(), overdue, oldest.Id, oldest.RaisedAt,
                LogisticsReports.AgeDays(oldest.RaisedAt, now));
        }).ToList();
    }
}
