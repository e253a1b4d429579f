using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
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

/// <summary>Open a reporting cycle (Guidance_OpenReportCycle): the route.</summary>
internal static class OpenReportCycle
{
    public const int MaxBureaus = 500;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder cycles) =>
        cycles.MapPost("/", Handle).WithName("Guidance_OpenReportCycle")
            .WithSummary("Open a reporting cycle for one period of a report type, for a set of lower-level bureaus (开启报送)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only` for others). The period must fit the type (400 `guidance.period-invalid`: a year " +
                             "for a yearly type, with a quarter 1–4 or a month 1–12 for the others). Each of `bureauIds` (1–500, distinct) must be an active " +
                             "organ-affairs bureau (400 `guidance.bureau-ref-not-found`). The due date is the due-date rule's N-th working day after the " +
                             "period's last day, with the version in force on that day along the opening bureau's jurisdiction (422 `guidance.due-rule-missing` " +
                             "without one; 409 `calendar.year-not-declared` when the calendar lacks a year). One Draft submission per bureau; one cycle per " +
                             "type and period (409 `guidance.cycle-exists`). The seeded yearly reports open prefilled per bureau from its whole jurisdiction's active " +
                             "organs: `operating-cost-survey` from Costs' operating cost (organs, approved headcount, total), `energy-regional-summary` from " +
                             "Energy's submitted annual reports (institutions, kgce, water, floor area); the bureau may change any figure before it submits. " +
                             "Accepts Idempotency-Key.")
            .Produces<ReportCycleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<ReportCycleResponse>> Handle(OpenReportCycleRequest body, IMediator mediator, CancellationToken ct)
    {
        var cycle = await mediator.Send(new OpenReportCycleCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/cycles/{cycle.Id}", cycle);
    }
}

internal sealed record OpenReportCycleCommand(OpenReportCycleRequest Body) : ICommand<ReportCycleResponse>;

internal sealed class OpenReportCycleValidator : AbstractValidator<OpenReportCycleCommand>
{
    public OpenReportCycleValidator()
    {
        RuleFor(c => c.Body.ReportTypeId).NotEmpty();
        RuleFor(c => c.Body.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Body.Quarter).InclusiveBetween(1, 4);
        RuleFor(c => c.Body.Month).InclusiveBetween(1, 12);
        RuleFor(c => c.Body.BureauIds).NotEmpty().Must(ids => ids.Count <= OpenReportCycle.MaxBureaus)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.BureauIds).Must(ids => ids.Distinct().Count() == ids.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
        RuleForEach(c => c.Body.BureauIds).NotEmpty();
    }
}

internal sealed class OpenReportCycleHandler(
    ReportingRepository reports, GuidanceRuleRepository rules, OrganDirectory directory, BureauOrgan topBureau, IBusinessCalendar calendar,
    OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock, SubmissionPrefill prefill)
    : IRequestHandler<OpenReportCycleCommand, ReportCycleResponse>
{
    public async Task<ReportCycleResponse> Handle(OpenReportCycleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var type = await reports.GetTypeAsync(b.ReportTypeId, ct) ?? throw ProblemException.ForField(GuidanceErrors.ReportTypeRefNotFound, "reportTypeId");
        var kind = Enum.Parse<ReportPeriodKind>(type.Period);
        var period = ReportPeriod.Of(kind, b.Year, b.Quarter, b.Month)
            ?? throw ProblemException.ForField(GuidanceErrors.PeriodInvalid, kind switch
            {
                ReportPeriodKind.Quarter => "quarter",
                ReportPeriodKind.Month => "month",
                _ => b.Quarter is not null ? "quarter" : "month",
            });
        await directory.LoadAsync(b.BureauIds, ct);
        var divisions = new List<string>();
        for (var i = 0; i < b.BureauIds.Count; i++)
        {
            var id = b.BureauIds[i];
            var code = topBureau.Is(id) ? await directory.DivisionCodeAsync(id, ct) : await directory.BureauDivisionCodeAsync(id, ct);
            divisions.Add(code ?? throw ProblemException.ForField(GuidanceErrors.BureauRefNotFound, $"bureauIds[{i}]"));
        }
        var opener = topBureau.Id is { } top ? await directory.DivisionCodeAsync(top, ct) : null;
        var rule = await ReportDueRules.InForceAsync(rules, type.Code, opener, period.End, ct) ?? throw new ProblemException(GuidanceErrors.DueRuleMissing);
        var workingDays = GuidanceRuleTables.Read<ReportDueValue>(rule.Value).WorkingDays;
        var dueOn = await calendar.AddWorkingDaysAsync(opener ?? Jurisdictions.National, period.End, workingDays, ct);
        var cycle = new ReportCycleRow
        {
            Id = ids.NewId(), ReportTypeId = type.Id, Period = type.Period, PeriodLabel = period.Label, PeriodStart = period.Start, PeriodEnd = period.End,
            DueOn = dueOn, RuleVersionId = rule.Id, WorkingDays = workingDays, OpenedAt = clock.UtcNow,
        };
        try
        {
            await reports.InsertCycleAsync(cycle, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(GuidanceErrors.CycleExists);
        }
        var forms = await prefill.FormsAsync(type.Code, period, b.BureauIds, ct);
        var submissions = b.BureauIds.Select((id, i) => new ReportSubmissionRow
        {
            Id = ids.NewId(), CycleId = cycle.Id, OrganId = id, DivisionCode = divisions[i], Status = nameof(ReportSubmissionStatus.Draft), DueOn = dueOn,
            Version = 1, UpdatedAt = cycle.OpenedAt, Data = forms[id],
        }).OrderBy(s => s.DivisionCode, StringComparer.Ordinal).ThenBy(s => s.OrganId).ToList();
        await reports.InsertSubmissionsAsync(submissions, ct);
        var response = cycle.ToResponse(type.Code, submissions, clock.Today);
        audit.Record("ReportCycle", cycle.Id, null, AuditTrail.Diff(null, response with { Submissions = [] }));
        return response;
    }
}
