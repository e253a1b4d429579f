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

/// <summary>Every institution's annual report for a year, as JSON or CSV; status=Late gives the late list (Energy_ListAnnualReports): the route.</summary>
internal static class ListAnnualReports
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(EnergyEndpoints.Root + "/annual-reports", Handle).WithTags(EnergyModule.ReportsTag).WithName("Energy_ListAnnualReports")
            .WithSummary("Every institution's annual report for a year, as JSON or CSV; status=Late gives the late list (年度能源资源消费统计报表)")
            .WithDescription("Includes institutions that have not started. `format=Csv` (or Accept: text/csv) answers text/csv (UTF-8 with a byte-order mark) with the columns institutionId,directoryCode,name,year,status,dueOn,submittedAt,submittedLate,floorArea,energyUsingPopulation,totalKgce,kgcePerSquareMetre,kgcePerPerson,waterCubicMetres,waterPerPerson,co2Tonnes.")
            .Produces<IReadOnlyList<AnnualReportResponse>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 422).StrictEnums<AnnualReportListParameters>()
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] AnnualReportListParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var reports = await mediator.Send(new ListAnnualReportsQuery(p.Year ?? 0, p.Status), ct);
        return Csv.Wanted(p.Format, http) ? Csv.Response(AnnualReportCsv.Write(reports)) : TypedResults.Ok(reports);
    }
}

internal sealed record ListAnnualReportsQuery(int Year, AnnualReportStatus? Status) : IQuery<IReadOnlyList<AnnualReportResponse>>;

internal sealed class ListAnnualReportsValidator : AbstractValidator<ListAnnualReportsQuery>
{
    public ListAnnualReportsValidator()
    {
        RuleFor(q => q.Year).Year().OverridePropertyName("year");
        RuleFor(q => q.Status).IsInEnum().When(q => q.Status is not null);
    }
}

/// <summary>Every visible institution's report for the year, including those not started: the late list is status=Late.</summary>
internal sealed class ListAnnualReportsHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports)
    : IRequestHandler<ListAnnualReportsQuery, IReadOnlyList<AnnualReportResponse>>
{
    public async Task<IReadOnlyList<AnnualReportResponse>> Handle(ListAnnualReportsQuery query, CancellationToken ct)
    {
        var rows = (await compliance.ReportsOfYearAsync(query.Year, ct)).ToDictionary(r => r.InstitutionId);
        var result = new List<AnnualReportResponse>();
        foreach (var institution in await institutions.AllVisibleAsync(ct))
        {
            var report = await reports.ToResponseAsync(institution, query.Year, rows.GetValueOrDefault(institution.Id), ct);
            if (query.Status is null || report.Status == query.Status)
            {
                result.Add(report);
            }
        }
        return result;
    }
}

/// <summary>Query parameters of GET /api/v1/energy/annual-reports.</summary>
internal sealed record AnnualReportListParameters
{
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "status")] public AnnualReportStatus? Status { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}
