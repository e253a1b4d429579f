using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Data;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Calendar.Features;

/// <summary>One declared day (Calendar_GetDay): the route.</summary>
internal static class GetDay
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder days) =>
        days.MapGet("/{id:guid}", Handle).WithName("Calendar_GetDay")
            .WithSummary("One declared day, active or retired, with its ETag (已登记日期详情)")
            .WithDescription("The ETag is the If-Match of PUT and DELETE. Any authenticated caller.")
            .Produces<CalendarDayResponse>().Problems(404);

    private static async Task<Ok<CalendarDayResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetDayQuery(id), ct), d => d.Version);
}

internal sealed record GetDayQuery(Guid Id) : IQuery<CalendarDayResponse>;

internal sealed class GetDayHandler(CalendarRepository calendar) : IRequestHandler<GetDayQuery, CalendarDayResponse>
{
    public async Task<CalendarDayResponse> Handle(GetDayQuery query, CancellationToken ct) =>
        (await calendar.GetDayAsync(query.Id, ct) ?? throw new ProblemException(CalendarErrors.DayNotFound)).ToResponse();
}
