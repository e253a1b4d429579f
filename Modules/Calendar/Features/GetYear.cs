using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Data;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Calendar.Features;

/// <summary>A jurisdiction's year as entered (Calendar_GetYear): the route.</summary>
internal static class GetYear
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder years) =>
        years.MapGet("/{year:int}/{jurisdiction}", Handle).WithName("Calendar_GetYear")
            .WithSummary("A jurisdiction's year as entered: its declaration and its own declared days (年度工作日历)")
            .WithDescription("For the admins who enter the arrangement: whether the year is declared complete, and the jurisdiction's own days (not its parents'), by date; `includeRetired=true` adds retired days. Answers even while the year is incomplete (a year never touched has version 0 and no days). The ETag is the year's version, for PUT; it moves whenever one of its days changes. The days in effect for an organ are GET /api/v1/calendar/days. Any authenticated caller.")
            .Produces<CalendarYearResponse>().Problems(400);

    private static async Task<Ok<CalendarYearResponse>> Handle(
        int year, string jurisdiction, [FromQuery(Name = "includeRetired")] bool? includeRetired, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetYearQuery(year, jurisdiction, includeRetired ?? false), ct), y => y.Version);
}

internal sealed record GetYearQuery(int Year, string Jurisdiction, bool IncludeRetired) : IQuery<CalendarYearResponse>;

internal sealed class GetYearValidator : AbstractValidator<GetYearQuery>
{
    public GetYearValidator()
    {
        RuleFor(q => q.Year).CalendarYear();
        RuleFor(q => q.Jurisdiction).CalendarJurisdiction();
    }
}

internal sealed class GetYearHandler(CalendarRepository calendar) : IRequestHandler<GetYearQuery, CalendarYearResponse>
{
    public async Task<CalendarYearResponse> Handle(GetYearQuery query, CancellationToken ct)
    {
        var row = await calendar.GetYearAsync(query.Jurisdiction, query.Year, ct);
        var days = await calendar.DaysOfYearAsync(query.Jurisdiction, query.Year, query.IncludeRetired, ct);
        return CalendarMapping.ToResponse(row, query.Jurisdiction, query.Year, days);
    }
}
