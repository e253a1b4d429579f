using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The visits report (ForeignAffairs_GetVisitsReport): delegations and persons per organ and year against the annual plan.</summary>
internal static class GetVisitsReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/visits", Handle).WithName("ForeignAffairs_GetVisitsReport")
            .WithSummary("Visits and persons per organ in a year against the annual plan, as JSON or CSV (因公出国计划执行情况报表)")
            .WithDescription("Per sending organ the caller sees (one with organId; another organ's is 404): the plan of the year of departure (null without one), what approvals used of it, the delegations that departed in the year, their members per delegation (人次) and the distinct staff members (人数), and what is left of the plan. An organ with neither a plan nor a departed visit has no row. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: organId,year,plannedTrips,plannedPersons,approvedTrips,approvedPersons,departedVisits,travellers,distinctTravellers,tripsLeft,personsLeft.")
            .Produces<IReadOnlyList<VisitsReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<VisitsReportParameters>()
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] VisitsReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new VisitsReportQuery(p.Year, p.OrganId), ct), Columns);

    private static readonly IReadOnlyList<(string Header, Func<VisitsReportRow, object?> Value)> Columns =
    [
        ("organId", r => r.OrganId), ("year", r => r.Year), ("plannedTrips", r => r.PlannedTrips), ("plannedPersons", r => r.PlannedPersons),
        ("approvedTrips", r => r.ApprovedTrips), ("approvedPersons", r => r.ApprovedPersons), ("departedVisits", r => r.DepartedVisits),
        ("travellers", r => r.Travellers), ("distinctTravellers", r => r.DistinctTravellers), ("tripsLeft", r => r.TripsLeft), ("personsLeft", r => r.PersonsLeft),
    ];
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs/reports/visits.</summary>
internal sealed record VisitsReportParameters
{
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record VisitsReportQuery(int? Year, Guid? OrganId) : IQuery<IReadOnlyList<VisitsReportRow>>;

internal sealed class VisitsReportValidator : AbstractValidator<VisitsReportQuery>
{
    public VisitsReportValidator() => RuleFor(q => q.Year).NotNull().InclusiveBetween(2000, 2100);
}

internal sealed class VisitsReportHandler(PlanRepository plans, VisitRepository visits, OrganScope scope) : IRequestHandler<VisitsReportQuery, IReadOnlyList<VisitsReportRow>>
{
    public async Task<IReadOnlyList<VisitsReportRow>> Handle(VisitsReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, ForeignAffairsErrors.OrganNotFound, ct);
        }
        var year = query.Year!.Value;
        var planned = (await plans.OfYearAsync(year, query.OrganId, ct)).ToDictionary(p => p.OrganId);
        var departed = (await visits.CountsAsync(year, ct)).Where(c => query.OrganId is null || c.OrganId == query.OrganId).ToDictionary(c => c.OrganId);
        return planned.Keys.Union(departed.Keys).Order().Select(organ =>
        {
            var plan = planned.GetValueOrDefault(organ);
            var counts = departed.GetValueOrDefault(organ);
            return new VisitsReportRow(organ, year, plan?.Trips, plan?.Persons, plan?.ApprovedTrips ?? 0, plan?.ApprovedPersons ?? 0,
                counts?.Visits ?? 0, counts?.Travellers ?? 0, counts?.DistinctTravellers ?? 0,
                plan is null ? null : plan.Trips - plan.ApprovedTrips, plan is null ? null : plan.Persons - plan.ApprovedPersons);
        }).ToList();
    }
}
