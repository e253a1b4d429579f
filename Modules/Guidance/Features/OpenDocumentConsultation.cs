using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Open a Draft's public consultation (Guidance_OpenDocumentConsultation): the route.</summary>
internal static class OpenDocumentConsultation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/consultation", Handle).WithName("Guidance_OpenDocumentConsultation")
            .WithSummary("Open the public consultation of a draft (If-Match required; 公开征求意见)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Draft → Consultation (409 `guidance.document-state` otherwise). The window " +
                             "counts both ends and must reach the document type's timer rule in force for the document's jurisdiction on the first day: " +
                             "calendar days (规章: 30) or working days of the business calendar (行政规范性文件: 7); shorter is 422 " +
                             "`guidance.consultation-too-short`, whose detail names the earliest last day and the rule's source. No rule, no minimum.")
            .Produces<RuleDocumentResponse>().UpdateProblems(403, 422)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, OpenDocumentConsultationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new OpenDocumentConsultationCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record OpenDocumentConsultationCommand(Guid Id, IfMatch IfMatch, OpenDocumentConsultationRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class OpenDocumentConsultationValidator : AbstractValidator<OpenDocumentConsultationCommand>
{
    public OpenDocumentConsultationValidator()
    {
        RuleFor(c => c.Body.StartsOn).NotEmpty();
        RuleFor(c => c.Body.EndsOn).NotEmpty().GreaterThanOrEqualTo(c => c.Body.StartsOn)
            .WithErrorCode(GuidanceErrors.DatesOutOfOrder.Code).WithMessage(_ => GuidanceErrors.DatesOutOfOrder.Title);
    }
}

internal sealed class OpenDocumentConsultationHandler(
    RuleDocumentRepository documents, GuidanceRuleRepository rules, IBusinessCalendar calendar, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<OpenDocumentConsultationCommand, RuleDocumentResponse>
{
    public async Task<RuleDocumentResponse> Handle(OpenDocumentConsultationCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var today = clock.Today;
        var (row, expected, before) = await RuleDocumentWrites.LoadAsync(documents, command.Id, command.IfMatch, today, ct);
        RuleDocumentWrites.EnsureStatus(row, RuleDocumentStatus.Draft);
        var b = command.Body;
        var rule = await DocumentTimerRules.InForceAsync(rules, Enum.Parse<RuleDocumentType>(row.Type), row.Jurisdiction, b.StartsOn, ct);
        if (rule is not null)
        {
            var timers = DocumentTimerRules.Read(rule);
            var earliest = RuleDocumentTimers.EarliestCalendarEnd(timers, b.StartsOn);
            if (timers.ConsultationWorkingDays is { } workingDays)
            {
                // The N-th working day counted from the first day itself: the N-th after the day before.
                var byWorkingDays = await calendar.AddWorkingDaysAsync(row.Jurisdiction, b.StartsOn.AddDays(-1), workingDays, ct);
                earliest = earliest is { } e && e > byWorkingDays ? e : byWorkingDays;
            }
            if (earliest is { } minimum && b.EndsOn < minimum)
            {
                throw new ProblemException(GuidanceErrors.ConsultationTooShort, detail: $"{minimum:yyyy-MM-dd} ({rule.Source})");
            }
        }
        row.Status = nameof(RuleDocumentStatus.Consultation);
        row.ConsultationStartsOn = b.StartsOn;
        row.ConsultationEndsOn = b.EndsOn;
        return await RuleDocumentWrites.WriteAsync(documents, audit, row, expected, before, today, ct);
    }
}
