using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Calendar.Features;

/// <summary>Change a declared day (Calendar_UpdateDay): the route.</summary>
internal static class UpdateDay
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder days) =>
        days.MapPut("/{id:guid}", Handle).WithName("Calendar_UpdateDay")
            .WithSummary("Change a declared day's kind, name or source (If-Match required; 修改已登记日期)")
            .WithDescription("The jurisdiction and date are fixed: to move a day, retire it and declare another. A MakeUpWorkday must fall on a Saturday or Sunday (400 calendar.make-up-day-on-weekday); a retired day cannot change (409). The change takes effect at once, also in a year declared complete, and moves the year's ETag. Admin scope, the bureau's own principals.")
            .Produces<CalendarDayResponse>().UpdateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<CalendarDayResponse>> Handle(Guid id, UpdateCalendarDayRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateDayCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record UpdateDayCommand(Guid Id, IfMatch IfMatch, UpdateCalendarDayRequest Body) : ICommand<CalendarDayResponse>;

internal sealed class UpdateDayValidator : AbstractValidator<UpdateDayCommand>
{
    public UpdateDayValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

internal sealed class UpdateDayHandler(DayChanges days, OrganScope scope) : IRequestHandler<UpdateDayCommand, CalendarDayResponse>
{
    public Task<CalendarDayResponse> Handle(UpdateDayCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        return days.ApplyAsync(command.Id, command.IfMatch, (row, _) =>
        {
            if (body.Kind == CalendarDayKind.MakeUpWorkday && row.Day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw ProblemException.ForField(CalendarErrors.MakeUpDayOnWeekday, "kind");
            }
            row.Kind = body.Kind;
            row.Name = body.Name.Trim();
            row.Source = body.Source.Trim();
        }, ct);
    }
}
