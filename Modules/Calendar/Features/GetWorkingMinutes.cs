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

/// <summary>Working minutes between two instants (Calendar_GetWorkingMinutes): the route.</summary>
internal static class GetWorkingMinutes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder calendar) =>
        calendar.MapGet("/working-minutes", Handle).WithName("Calendar_GetWorkingMinutes")
            .WithSummary("Working minutes between two instants (工作时长), lunch break excluded")
            .WithDescription("Counts [from, to) on working days only, inside the working hours in force on each day (the gaps between periods, the lunch break, do not count), in the business time zone (Asia/Shanghai by default); whole minutes, rounded down. Instants are ISO 8601 with any offset (`+08:00` is read as the same instant in UTC; write `+` as %2B in a query). to ≥ from, at most 3 years apart. Every local date the interval touches must be in a declared year (409 calendar.year-not-declared), and every working day needs working hours (409 calendar.hours-not-set). `jurisdiction` is required. Any authenticated caller.")
            .Produces<WorkingMinutesResponse>().Problems(400, 409);

    private static async Task<Ok<WorkingMinutesResponse>> Handle([AsParameters] WorkingMinutesParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetWorkingMinutesQuery(p.From, p.To, p.Jurisdiction), ct));
}

/// <summary>Query parameters of GET /api/v1/calendar/working-minutes.</summary>
internal sealed record WorkingMinutesParameters
{
    [FromQuery(Name = "from")] public DateTimeOffset From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset To { get; init; }
    [FromQuery(Name = "jurisdiction")] public required string Jurisdiction { get; init; }
}

internal sealed record GetWorkingMinutesQuery(DateTimeOffset From, DateTimeOffset To, string Jurisdiction) : IQuery<WorkingMinutesResponse>;

internal sealed class GetWorkingMinutesValidator : AbstractValidator<GetWorkingMinutesQuery>
{
    public GetWorkingMinutesValidator()
    {
        RuleFor(q => q.From).CalendarInstant();
        RuleFor(q => q.To).CalendarInstant();
        RuleFor(q => q.To).Must((q, to) => to >= q.From)
            .WithErrorCode(CalendarErrors.RangeInvalid.Code).WithMessage(_ => CalendarErrors.RangeInvalid.Title);
        RuleFor(q => q.To).Must((q, to) => to - q.From <= CalendarRules.LongestRange)
            .WithErrorCode(CalendarErrors.RangeTooLong.Code).WithMessage(_ => CalendarErrors.RangeTooLong.Title);
        RuleFor(q => q.Jurisdiction).CalendarJurisdiction();
    }
}

internal sealed class GetWorkingMinutesHandler(IBusinessCalendar calendar) : IRequestHandler<GetWorkingMinutesQuery, WorkingMinutesResponse>
{
    public async Task<WorkingMinutesResponse> Handle(GetWorkingMinutesQuery query, CancellationToken ct) =>
        new(query.From, query.To, query.Jurisdiction, await calendar.WorkingMinutesAsync(query.Jurisdiction, query.From, query.To, ct));
}
