using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The overdue report (ForeignAffairs_GetOverdueReport): passports and permits not handed back and trip reports not recorded in time.</summary>
internal static class GetOverdueReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/overdue", Handle).WithName("ForeignAffairs_GetOverdueReport")
            .WithSummary("Overdue passports and permits (F10) and overdue post-trip reports (F6) on a day, as JSON or CSV (逾期证照和出访报告报表)")
            .WithDescription("Documents as GET /documents/overdue lists them (numbers always masked), then returned visits whose report is past the due date of the deadlines in force on the return date (none where no deadline is in force), oldest return first within each kind. asOf defaults to today; organId narrows to one sending organ (another organ's is 404). `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: kind,visitId,organId,memberId,staffMemberId,personName,documentKind,documentNumber,returnedOn,dueOn,daysOverdue,locksNewVisits.")
            .Produces<IReadOnlyList<OverdueReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<OverdueReportParameters>()
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] OverdueReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new OverdueReportQuery(p.AsOf, p.OrganId), ct), Columns);

    private static readonly IReadOnlyList<(string Header, Func<OverdueReportRow, object?> Value)> Columns =
    [
        ("kind", r => r.Kind), ("visitId", r => r.VisitId), ("organId", r => r.OrganId), ("memberId", r => r.MemberId), ("staffMemberId", r => r.StaffMemberId),
        ("personName", r => r.PersonName), ("documentKind", r => r.DocumentKind), ("documentNumber", r => r.DocumentNumber), ("returnedOn", r => r.ReturnedOn),
        ("dueOn", r => r.DueOn), ("daysOverdue", r => r.DaysOverdue), ("locksNewVisits", r => r.LocksNewVisits),
    ];
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs/reports/overdue.</summary>
internal sealed record OverdueReportParameters
{
    [FromQuery(Name = "asOf")] public DateOnly? AsOf { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record OverdueReportQuery(DateOnly? AsOf, Guid? OrganId) : IQuery<IReadOnlyList<OverdueReportRow>>;

internal sealed class OverdueReportValidator : AbstractValidator<OverdueReportQuery>
{
    public OverdueReportValidator() =>
        RuleFor(q => q.AsOf!.Value.Year).InclusiveBetween(2000, 2100).When(q => q.AsOf is not null).OverridePropertyName("asOf");
}

internal sealed class OverdueReportHandler(HandBackBook handBack, DeadlineBook deadlines, VisitRepository visits, TravelDocuments documents, OrganDirectory directory,
    OrganScope scope, BusinessClock clock) : IRequestHandler<OverdueReportQuery, IReadOnlyList<OverdueReportRow>>
{
    public async Task<IReadOnlyList<OverdueReportRow>> Handle(OverdueReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, ForeignAffairsErrors.OrganNotFound, ct);
        }
        var asOf = query.AsOf ?? clock.Today;
        var rows = (await handBack.OverdueAsync(query.OrganId, asOf, ct)).Select(d => new OverdueReportRow(
            OverdueItemKind.Document, d.Row.VisitId, d.Row.OrganId, d.Row.Id, d.Row.StaffMemberId, d.Row.PersonName, d.Row.DocumentKind,
            d.Row.DocumentNumber is { } stored ? DocumentNumbers.Mask(documents.Unprotect(stored)) : null,
            d.Row.ReturnedOn, d.DueOn, d.DaysOverdue, d.Locks)).ToList();
        foreach (var visit in await visits.UnreportedVisibleAsync(query.OrganId, ct))
        {
            if (await deadlines.ReportDueAsync(await directory.DivisionCodeAsync(visit.OrganId, ct), visit.ReturnedOn, ct) is var (due, _)
                && asOf.DayNumber - due.DayNumber is > 0 and var days)
            {
                rows.Add(new OverdueReportRow(OverdueItemKind.Report, visit.Id, visit.OrganId, null, null, null, null, null, visit.ReturnedOn, due, days, false));
            }
        }
        return rows;
    }
}
