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

/// <summary>Declare a jurisdiction's year complete, or take it back (Calendar_UpdateYear): the route.</summary>
internal static class UpdateYear
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder years) =>
        years.MapPut("/{year:int}/{jurisdiction}", Handle).WithName("Calendar_UpdateYear")
            .WithSummary("Declare a jurisdiction's year complete (年度安排已录入), or take the declaration back (If-Match required)")
            .WithDescription("complete=true says the year's arrangement is entered (for national: every day of the State Council's notice, holidays and 调休 make-up working days) and needs `source`, the notice. Only then is the year used: until the national year is complete every working-day question about it answers 409 calendar.year-not-declared; a local year's days count once the local year is complete. If-Match is the ETag of GET /api/v1/calendar/years/{year}/{jurisdiction} (\"0\" for a year never declared), so a declaration covers exactly the days that were read. Days may still change afterwards (an official adjustment); each change moves the ETag. Admin scope, the bureau's own principals.")
            .Produces<CalendarYearResponse>().UpdateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Ok<CalendarYearResponse>> Handle(int year, string jurisdiction, UpdateCalendarYearRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateYearCommand(year, jurisdiction, ETags.RequireIfMatch(http), body), ct), y => y.Version);
}

internal sealed record UpdateYearCommand(int Year, string Jurisdiction, IfMatch IfMatch, UpdateCalendarYearRequest Body) : ICommand<CalendarYearResponse>;

internal sealed class UpdateYearValidator : AbstractValidator<UpdateYearCommand>
{
    public UpdateYearValidator()
    {
        RuleFor(c => c.Year).CalendarYear();
        RuleFor(c => c.Jurisdiction).CalendarJurisdiction();
        RuleFor(c => c.Body.Source).MaximumLength(500);
        RuleFor(c => c.Body.Source).Must(s => !string.IsNullOrWhiteSpace(s)).When(c => c.Body.Complete)
            .WithErrorCode(CalendarErrors.SourceRequired.Code).WithMessage(_ => CalendarErrors.SourceRequired.Title);
    }
}

/// <summary>
/// Creates the year's row on its first declaration (If-Match "0"), otherwise updates it against the
/// version read; two first declarations at once meet the unique key, and the second is stale (412).
/// </summary>
internal sealed class UpdateYearHandler(CalendarRepository calendar, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<UpdateYearCommand, CalendarYearResponse>
{
    public async Task<CalendarYearResponse> Handle(UpdateYearCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var row = await calendar.GetYearAsync(command.Jurisdiction, command.Year, ct);
        var expectedVersion = command.IfMatch.Against(row?.Version ?? 0);
        var days = await calendar.DaysOfYearAsync(command.Jurisdiction, command.Year, includeRetired: false, ct);
        var before = row is null ? null : CalendarMapping.ToResponse(row, command.Jurisdiction, command.Year, []);
        var now = clock.UtcNow;
        var source = string.IsNullOrWhiteSpace(body.Source) ? null : body.Source.Trim();
        if (row is null)
        {
            row = new YearRow
            {
                Id = ids.NewId(),
                Jurisdiction = command.Jurisdiction,
                Year = command.Year,
                Complete = body.Complete,
                Source = source,
                DeclaredAt = body.Complete ? now : null,
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            try
            {
                await calendar.InsertYearAsync(row, ct);
            }
            catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
            {
                throw new ProblemException(SharedErrors.PreconditionFailed);
            }
        }
        else
        {
            row.DeclaredAt = body.Complete ? (row.Complete ? row.DeclaredAt : now) : null;
            row.Complete = body.Complete;
            row.Source = source;
            row.Version = expectedVersion + 1;
            row.UpdatedAt = now;
            if (!await calendar.UpdateYearAsync(row, expectedVersion, ct))
            {
                throw new ProblemException(SharedErrors.PreconditionFailed);
            }
        }
        audit.Record("CalendarYear", row.Id, null, AuditTrail.Diff(before, CalendarMapping.ToResponse(row, command.Jurisdiction, command.Year, [])));
        return CalendarMapping.ToResponse(row, command.Jurisdiction, command.Year, days);
    }
}
