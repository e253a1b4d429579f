using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Calendar.Features;

/// <summary>Retire a declared day (Calendar_RetireDay): the route.</summary>
internal static class RetireDay
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder days) =>
        days.MapDelete("/{id:guid}", Handle).WithName("Calendar_RetireDay")
            .WithSummary("Retire a declared day (If-Match required); it is kept with status Retired (停用已登记日期)")
            .WithDescription("DELETE retires, never erases: the day stays readable with status Retired and its retirement time, and stops counting at once (the date is an ordinary weekday or weekend again unless another jurisdiction declares it). A new active day may then be declared on that date. Already retired: 409. Moves the year's ETag. Admin scope, the bureau's own principals.")
            .Produces<CalendarDayResponse>().Problems(400, 403, 404, 409, 412, 428)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<CalendarDayResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireDayCommand(id, ETags.RequireIfMatch(http)), ct), d => d.Version);
}

internal sealed record RetireDayCommand(Guid Id, IfMatch IfMatch) : ICommand<CalendarDayResponse>;

internal sealed class RetireDayHandler(DayChanges days, OrganScope scope) : IRequestHandler<RetireDayCommand, CalendarDayResponse>
{
    public Task<CalendarDayResponse> Handle(RetireDayCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return days.ApplyAsync(command.Id, command.IfMatch, (row, now) =>
        {
            row.Status = CalendarDayStatus.Retired;
            row.LiveKey = row.Id; // frees the date for a new active day (see the migration)
            row.RetiredAt = now;
        }, ct);
    }
}
