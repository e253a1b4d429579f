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

/// <summary>Add working days to a date (Calendar_AddWorkingDays): the route.</summary>
internal static class AddWorkingDays
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder calendar) =>
        calendar.MapGet("/working-days/add", Handle).WithName("Calendar_AddWorkingDays")
            .WithSummary("The date N working days after (or before) a date (N 个工作日后的日期)")
            .WithDescription("`from` is not counted: days=1 is the first working day after it, days=-5 the fifth working day before it (e.g. the latest start of a 5-working-day publication), days=0 answers `from`. -500 ≤ days ≤ 500. Every date stepped over must be in a year whose national arrangement is declared complete, else 409 calendar.year-not-declared (naming the year). `jurisdiction` is required: \"national\" or a 6-digit division code. Any authenticated caller.")
            .Produces<AddWorkingDaysResponse>().Problems(400, 409);

    private static async Task<Ok<AddWorkingDaysResponse>> Handle([AsParameters] AddWorkingDaysParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new AddWorkingDaysQuery(p.From, p.Days, p.Jurisdiction), ct));
}

/// <summary>Query parameters of GET /api/v1/calendar/working-days/add.</summary>
internal sealed record AddWorkingDaysParameters
{
    [FromQuery(Name = "from")] public DateOnly From { get; init; }
    [FromQuery(Name = "days")] public int Days { get; init; }
    [FromQuery(Name = "jurisdiction")] public required string Jurisdiction { get; init; }
}

internal sealed record AddWorkingDaysQuery(DateOnly From, int Days, string Jurisdiction) : IQuery<AddWorkingDaysResponse>;

internal sealed class AddWorkingDaysValidator : AbstractValidator<AddWorkingDaysQuery>
{
    public AddWorkingDaysValidator()
    {
        RuleFor(q => q.From).CalendarDate();
        RuleFor(q => q.Days).InclusiveBetween(-CalendarRules.MostDays, CalendarRules.MostDays);
        RuleFor(q => q.Jurisdiction).CalendarJurisdiction();
    }
}

internal sealed class AddWorkingDaysHandler(IBusinessCalendar calendar) : IRequestHandler<AddWorkingDaysQuery, AddWorkingDaysResponse>
{
    public async Task<AddWorkingDaysResponse> Handle(AddWorkingDaysQuery query, CancellationToken ct) =>
        new(query.From, query.Days, query.Jurisdiction, await calendar.AddWorkingDaysAsync(query.Jurisdiction, query.From, query.Days, ct));
}
