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
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Preventive plan completion per plan and month (Logistics_GetPlanCompletionReport): the route.</summary>
internal static class GetPlanCompletionReport
{
    private static readonly IReadOnlyList<(string Header, Func<PlanCompletionRow, object?> Value)> Columns =
    [
        ("planId", r => r.PlanId), ("organId", r => r.OrganId), ("title", r => r.Title), ("month", r => r.Month), ("due", r => r.Due), ("generated", r => r.Generated),
        ("closed", r => r.Closed), ("cancelled", r => r.Cancelled), ("closedPercent", r => r.ClosedPercent),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/plan-completion", Handle).WithName("Logistics_GetPlanCompletionReport")
            .WithSummary("Preventive maintenance completion per plan and month: occurrences due, generated, closed, as JSON or CSV (预防性维护完成情况)")
            .WithDescription("For each plan the caller may see (an ordinary organ: its own; `organId` narrows to one organ, another organ's is 404) and each business month from `from` to `to` (yyyy-MM, at most 24 months): the occurrences of its schedule due that month after the plan's creation (or the edit that last changed its schedule: the current schedule counts from there) and up to now or its retirement, the work orders generated for them, and of those how many are closed and cancelled; closed share of the due ones with one decimal (null when nothing was due). Months with nothing due and nothing generated are absent. `format=Csv` (or Accept: text/csv) answers text/csv with the columns planId,organId,title,month,due,generated,closed,cancelled,closedPercent.")
            .Produces<IReadOnlyList<PlanCompletionRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<PlanCompletionParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] PlanCompletionParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetPlanCompletionReportQuery(p.From ?? "", p.To ?? "", p.OrganId), ct), Columns);
}

/// <summary>Query parameters of GET /api/v1/logistics/reports/plan-completion.</summary>
internal sealed record PlanCompletionParameters
{
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetPlanCompletionReportQuery(string From, string To, Guid? OrganId) : IQuery<IReadOnlyList<PlanCompletionRow>>;

internal sealed class GetPlanCompletionReportValidator : AbstractValidator<GetPlanCompletionReportQuery>
{
    public GetPlanCompletionReportValidator()
    {
        this.MonthRange(q => q.From, q => q.To);
        RuleFor(q => q.OrganId).NotEqual(Guid.Empty).OverridePropertyName("organId");
    }
}

internal sealed class GetPlanCompletionReportHandler(ReportRepository reports, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetPlanCompletionReportQuery, IReadOnlyList<PlanCompletionRow>>
{
    public async Task<IReadOnlyList<PlanCompletionRow>> Handle(GetPlanCompletionReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, LogisticsErrors.OrganNotFound, ct);
        }
        var first = Months.Parse(query.From)!.Value;
        var last = Months.Parse(query.To)!.Value;
        var (from, to) = Months.Instants(first, last, clock);
        var now = clock.UtcNow;
        var occurrences = (await reports.OccurrencesAsync(query.OrganId, from, to, ct)).ToLookup(o => (o.PlanId, Months.Of(o.DueAt, clock)));
        var rows = new List<PlanCompletionRow>();
        foreach (var plan in await reports.PlansAsync(query.OrganId, ct))
        {
            for (var month = first; month <= last; month = month.AddMonths(1))
            {
                var (start, end) = Months.Instants(month, month, clock);
                var due = MaintenanceSchedule.CountDue(plan.Schedule, plan.CountsFrom, plan.RetiredAt is { } retired && retired < now ? retired : now, start, end, clock.Zone);
                var generated = occurrences[(plan.Id, month)].ToList();
                if (due == 0 && generated.Count == 0)
                {
                    continue;
                }
                var closed = generated.Count(o => o.Status == nameof(WorkOrderStatus.Closed));
                rows.Add(new PlanCompletionRow(plan.Id, plan.OrganId, plan.Title, Months.Format(month), due, generated.Count, closed,
                    generated.Count(o => o.Status == nameof(WorkOrderStatus.Cancelled)), LogisticsReports.Percent(closed, due)));
            }
        }
        return rows;
    }
}
