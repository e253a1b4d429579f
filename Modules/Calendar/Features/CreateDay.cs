using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Data;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Features;

/// <summary>Declare a holiday or make-up working day (Calendar_CreateDay): the route.</summary>
internal static class CreateDay
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder days) =>
        days.MapPost("/", Handle).WithName("Calendar_CreateDay")
            .WithSummary("Declare a holiday (放假) or a make-up working day (调休上班) of a jurisdiction")
            .WithDescription("One date per request, as the notice lists it: each day of a holiday period is a Holiday (weekend days inside it too, harmlessly), each 调休 Saturday or Sunday a MakeUpWorkday (a weekday is refused, 400 calendar.make-up-day-on-weekday). A jurisdiction has at most one active day per date (409 calendar.day-exists). A local code adds or overrides days for its area once its year is declared complete. Accepts Idempotency-Key. Admin scope, the bureau's own principals.")
            .Produces<CalendarDayResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<CalendarDayResponse>> Handle(CreateCalendarDayRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var day = await mediator.Send(new CreateDayCommand(body), ct);
        return ETags.Created(http, $"{CalendarEndpoints.Root}/days/{day.Id}", day, d => d.Version);
    }
}

internal sealed record CreateDayCommand(CreateCalendarDayRequest Body) : ICommand<CalendarDayResponse>;

internal sealed class CreateDayValidator : AbstractValidator<CreateDayCommand>
{
    public CreateDayValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).CalendarJurisdiction();
        RuleFor(c => c.Body.Date).CalendarDate();
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Date).Must(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .When(c => c.Body.Kind == CalendarDayKind.MakeUpWorkday)
            .WithErrorCode(CalendarErrors.MakeUpDayOnWeekday.Code).WithMessage(_ => CalendarErrors.MakeUpDayOnWeekday.Title);
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

internal sealed class CreateDayHandler(CalendarRepository calendar, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateDayCommand, CalendarDayResponse>
{
    public async Task<CalendarDayResponse> Handle(CreateDayCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var now = clock.UtcNow;
        var row = new DayRow
        {
            Id = ids.NewId(),
            Jurisdiction = body.Jurisdiction,
            Year = body.Date.Year,
            Day = body.Date,
            Kind = body.Kind,
            Name = body.Name.Trim(),
            Source = body.Source.Trim(),
            Status = CalendarDayStatus.Active,
            LiveKey = Guid.Empty,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await calendar.InsertDayAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(CalendarErrors.DayExists);
        }
        await calendar.TouchYearAsync(row.Jurisdiction, row.Year, now, ct);
        audit.Record("CalendarDay", row.Id, null, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
