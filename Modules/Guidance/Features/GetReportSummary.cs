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

/// <summary>A cycle's summary of accepted submissions (Guidance_GetReportSummary): the route.</summary>
internal static class GetReportSummary
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder cycles) =>
        cycles.MapGet("/{id:guid}/summary", Handle).WithName("Guidance_GetReportSummary")
            .WithSummary("The cycle's summary: accepted submissions with each numeric field summed (区域综合表)")
            .WithDescription("Over the submissions the caller may see (a lower-level bureau: its own), the accepted ones, each number or integer property of " +
                             "the form summed exactly. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv: one line per accepted " +
                             "submission (bureauId, divisionCode, the fields) and a last line 合计 with the totals.")
            .Produces<ReportSummaryResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404)
            .StrictEnums<ReportSummaryParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<IResult> Handle(Guid id, [AsParameters] ReportSummaryParameters p, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var (summary, fields) = await mediator.Send(new GetReportSummaryQuery(id), ct);
        if (!Csv.Wanted(p.Format, http))
        {
            return TypedResults.Ok(summary);
        }
        var lines = summary.Rows.Select(r => (Bureau: r.BureauId.ToString(), r.DivisionCode, r.Values))
            .Append(("", "合计", summary.Totals.ToDictionary(t => t.Field, t => t.Total))).ToList();
        var columns = new List<(string Header, Func<(string Bureau, string DivisionCode, IReadOnlyDictionary<string, decimal> Values), object?> Value)>
        {
            ("bureauId", l => l.Bureau), ("divisionCode", l => l.DivisionCode),
        };
        columns.AddRange(fields.Select(f => (f, (Func<(string Bureau, string DivisionCode, IReadOnlyDictionary<string, decimal> Values), object?>)(
            l => l.Values.TryGetValue(f, out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""))));
        return Csv.Response(Csv.Write(lines, columns));
    }
}

/// <summary>Query parameters of GET /api/v1/guidance/cycles/{id}/summary.</summary>
internal sealed record ReportSummaryParameters
{
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetReportSummaryQuery(Guid Id) : IQuery<(ReportSummaryResponse Summary, IReadOnlyList<string> Fields)>;

internal sealed class GetReportSummaryHandler(ReportingRepository reports) : IRequestHandler<GetReportSummaryQuery, (ReportSummaryResponse Summary, IReadOnlyList<string> Fields)>
{
    public async Task<(ReportSummaryResponse Summary, IReadOnlyList<string> Fields)> Handle(GetReportSummaryQuery query, CancellationToken ct)
    {
        var cycle = await reports.GetVisibleCycleAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.CycleNotFound);
        var type = await reports.GetTypeAsync(cycle.ReportTypeId, ct) ?? throw new ProblemException(GuidanceErrors.CycleNotFound);
        var fields = ReportForms.NumericFields(type.FormSchema);
        var submissions = await reports.VisibleSubmissionsOfAsync([cycle.Id], ct);
        var accepted = submissions.Where(s => s.Status == nameof(ReportSubmissionStatus.Accepted))
            .Select(s => new ReportSummaryRow(s.OrganId, s.DivisionCode, ReportForms.Values(s.Data, fields))).ToList();
        var totals = ReportForms.Totals(fields, accepted.Select(r => r.Values)).Select(t => new ReportSummaryField(t.Field, t.Total)).ToList();
        return (new ReportSummaryResponse(cycle.Id, cycle.PeriodLabel, submissions.Count, accepted.Count, totals, accepted), fields);
    }
}
