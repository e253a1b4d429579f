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

/// <summary>What a date is in a jurisdiction's calendar (Calendar_GetDate): the route.</summary>
internal static class GetDate
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder calendar) =>
        calendar.MapGet("/dates/{date}", Handle).WithName("Calendar_GetDate")
            .WithSummary("Is a date a working day (是否工作日), and its working hours")
            .WithDescription("A weekend day is a working day only when declared a make-up working day (调休上班); a weekday is one unless declared a holiday. `jurisdiction` (required) is \"national\" or a 6-digit division code, whose own, prefecture's and province's declarations apply over the national ones, the most specific winning. A year whose national arrangement is not declared complete answers 409 calendar.year-not-declared. `workingHours` is null on a working day without working hours in force. Any authenticated caller.")
            .Produces<CalendarDateResponse>().Problems(400, 409);

    private static async Task<Ok<CalendarDateResponse>> Handle(DateOnly date, [FromQuery(Name = "jurisdiction")] string jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDateQuery(date, jurisdiction), ct));
}

internal sealed record GetDateQuery(DateOnly Date, string Jurisdiction) : IQuery<CalendarDateResponse>;

internal sealed class GetDateValidator : AbstractValidator<GetDateQuery>
{
    public GetDateValidator()
    {
        RuleFor(q => q.Date).CalendarDate();
        RuleFor(q => q.Jurisdiction).CalendarJurisdiction();
    }
}

internal sealed class GetDateHandler(IBusinessCalendar calendar) : IRequestHandler<GetDateQuery, CalendarDateResponse>
{
    public async Task<CalendarDateResponse> Handle(GetDateQuery query, CancellationToken ct) =>
        (await calendar.LoadAsync(query.Jurisdiction, query.Date.Year, query.Date.Year, ct)).Describe(query.Date).ToResponse(query.Jurisdiction);
}
