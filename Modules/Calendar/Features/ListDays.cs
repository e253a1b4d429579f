using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Features;

/// <summary>The declared days of a year in effect for a jurisdiction (Calendar_ListDays): the route.</summary>
internal static class ListDays
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder days) =>
        days.MapGet("/", Handle).WithName("Calendar_ListDays")
            .WithSummary("The year's holidays and make-up working days in effect for a jurisdiction (年度节假日安排)")
            .WithDescription("Both query parameters are required. Merges the national arrangement with the complete local years of the jurisdiction's province, prefecture and own code; per date the most specific declaration wins (`declaredBy`). Also counts the year's working days. A year whose national arrangement is not declared complete answers 409 calendar.year-not-declared: an incomplete year is never shown as if it were the calendar (admins see it through GET /api/v1/calendar/years/{year}/{jurisdiction}). Any authenticated caller.")
            .Produces<EffectiveCalendarYearResponse>().Problems(400, 409);

    private static async Task<Ok<EffectiveCalendarYearResponse>> Handle([AsParameters] ListDaysParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDaysQuery(p.Jurisdiction, p.Year), ct));
}

/// <summary>Query parameters of GET /api/v1/calendar/days.</summary>
internal sealed record ListDaysParameters
{
    [FromQuery(Name = "jurisdiction")] public required string Jurisdiction { get; init; }
    [FromQuery(Name = "year")] public int Year { get; init; }
}

internal sealed record ListDaysQuery(string Jurisdiction, int Year) : IQuery<EffectiveCalendarYearResponse>;

internal sealed class ListDaysValidator : AbstractValidator<ListDaysQuery>
{
    public ListDaysValidator()
    {
        RuleFor(q => q.Jurisdiction).CalendarJurisdiction();
        RuleFor(q => q.Year).CalendarYear();
    }
}

internal sealed class ListDaysHandler(IBusinessCalendar calendar) : IRequestHandler<ListDaysQuery, EffectiveCalendarYearResponse>
{
    public async Task<EffectiveCalendarYearResponse> Handle(ListDaysQuery query, CancellationToken ct)
    {
        var year = await calendar.LoadAsync(query.Jurisdiction, query.Year, query.Year, ct);
        var days = year.DeclaredDaysIn(query.Year).Select(d => new EffectiveCalendarDay(d.Date, d.Kind, d.Name, d.Jurisdiction)).ToList();
        return new EffectiveCalendarYearResponse(query.Jurisdiction, query.Year, year.WorkingDaysIn(query.Year), days);
    }
}
