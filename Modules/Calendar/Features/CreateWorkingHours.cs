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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar.Features;

/// <summary>Add a version of a jurisdiction's working hours (Calendar_CreateWorkingHours): the route.</summary>
internal static class CreateWorkingHours
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder hours) =>
        hours.MapPost("/", Handle).WithName("Calendar_CreateWorkingHours")
            .WithSummary("Add a working-hours version (作息时间) of a jurisdiction; the version it supersedes ends the day before")
            .WithDescription("Periods are local clock times of the business time zone, \"HH:mm\", start inclusive and end exclusive, 1–4 of them in order and not overlapping: e.g. 08:30–12:00 and 13:30–17:30, the gap being the lunch break. The same hours apply to every working day, make-up working days included. A rule-table edit is a new version, never an overwrite: a second version on the same start is 409 calendar.hours-version-exists. No hours are seeded. Accepts Idempotency-Key. Admin scope, the bureau's own principals.")
            .Produces<WorkingHoursResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<WorkingHoursResponse>> Handle(CreateWorkingHoursRequest body, IMediator mediator, CancellationToken ct)
    {
        var hours = await mediator.Send(new CreateWorkingHoursCommand(body), ct);
        return TypedResults.Created($"{CalendarEndpoints.Root}/working-hours?jurisdiction={hours.Jurisdiction}", hours);
    }
}

internal sealed record CreateWorkingHoursCommand(CreateWorkingHoursRequest Body) : ICommand<WorkingHoursResponse>;

internal sealed class CreateWorkingHoursValidator : AbstractValidator<CreateWorkingHoursCommand>
{
    public CreateWorkingHoursValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).CalendarJurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).CalendarDate();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
        RuleForEach(c => c.Body.Periods).NotNull().ChildRules(period =>
        {
            period.RuleFor(p => p.Start).Must(t => WorkingSpan.ParseClock(t) is not null)
                .WithErrorCode(CalendarErrors.TimeInvalid.Code).WithMessage(_ => CalendarErrors.TimeInvalid.Title);
            period.RuleFor(p => p.End).Must(t => WorkingSpan.ParseClock(t) is not null)
                .WithErrorCode(CalendarErrors.TimeInvalid.Code).WithMessage(_ => CalendarErrors.TimeInvalid.Title);
        });
        RuleFor(c => c.Body.Periods)
            .Must(periods => WorkingSpan.AreValid(CalendarMapping.ToSpans(periods)))
            .When(c => c.Body.Periods.All(p => p is not null && WorkingSpan.ParseClock(p.Start) is not null && WorkingSpan.ParseClock(p.End) is not null))
            .WithErrorCode(CalendarErrors.SpansInvalid.Code).WithMessage(_ => CalendarErrors.SpansInvalid.Title);
    }
}

/// <summary>Adds a version through the shared rule-table helper (<see cref="RuleTable"/>): the open version of the jurisdiction ends the day before.</summary>
internal sealed class CreateWorkingHoursHandler(CalendarRepository calendar, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateWorkingHoursCommand, WorkingHoursResponse>
{
    public Task<WorkingHoursResponse> Handle(CreateWorkingHoursCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        return CalendarRuleTables.WorkingHours.AddVersionAsync(calendar.Hours(), audit, new NewRuleVersion(body.Jurisdiction, body.EffectiveFrom),
            effectiveTo => new WorkingHoursRow
            {
                Id = ids.NewId(),
                Jurisdiction = body.Jurisdiction,
                EffectiveFrom = body.EffectiveFrom,
                EffectiveTo = effectiveTo,
                Spans = WorkingSpan.Format(CalendarMapping.ToSpans(body.Periods)),
                Source = body.Source.Trim(),
                CreatedAt = clock.UtcNow,
                DocumentId = body.DocumentId,
            },
            row => row.ToResponse(), ct);
    }
}
