using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Record an organ's yearly publication (公示) or filing (备案) (Buildings_SubmitAnnualReport): the route.</summary>
internal static class SubmitAnnualReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapPost("/", Handle).WithName("Buildings_SubmitAnnualReport")
            .WithSummary("Record an organ's yearly publication (公示) or filing (备案)")
            .WithDescription("B9: dated today (the business date); due by the PublicationDue / FilingDue deadline rule in force on 31 December of the year for the organ's division (seeded: 3 months, 31 March, unconfirmed). Recorded after the due date it is SubmittedLate and closes the organ's late-submission violation. Once per organ, year and kind (409 buildings.already-submitted). An ordinary organ records its own. Accepts Idempotency-Key.")
            .Produces<AnnualSubmissionResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<AnnualSubmissionResponse>> Handle(SubmitAnnualReportRequest body, IMediator mediator, CancellationToken ct)
    {
        var submission = await mediator.Send(new SubmitAnnualReportCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/annual-submissions?year={submission.Year}&organId={submission.OrganId}", submission);
    }
}

internal sealed record SubmitAnnualReportCommand(SubmitAnnualReportRequest Body) : ICommand<AnnualSubmissionResponse>;

internal sealed class SubmitAnnualReportValidator : AbstractValidator<SubmitAnnualReportCommand>
{
    public SubmitAnnualReportValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Reference).NotEmpty().MaximumLength(100);
    }
}

/// <summary>Records one organ's publication or filing for a year, once; a late one closes its violation.</summary>
internal sealed class SubmitAnnualReportHandler(
    IMediator mediator, AnnualObligations obligations, AnnualSubmissionRepository submissions, BuildingsViolations violations, AuditTrail audit, IdGenerator ids,
    BusinessClock clock)
    : IRequestHandler<SubmitAnnualReportCommand, AnnualSubmissionResponse>
{
    public async Task<AnnualSubmissionResponse> Handle(SubmitAnnualReportCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var today = clock.Today;
        if (body.Year > today.Year)
        {
            // A year that has not started cannot be reported on.
            throw ProblemException.ForField(FieldErrors.OutOfRange, "year");
        }
        var organ = await OrganReferences.ActiveAsync(mediator, body.OrganId, "organId", ct);
        var (rule, dueOn) = await obligations.DueAsync(body.Kind, organ.DivisionCode, body.Year, ct)
                            ?? throw new ProblemException(BuildingsErrors.NoDeadlineRule, detail: $"{AnnualObligations.RuleCode(body.Kind)} {body.Year}-12-31");
        var row = new AnnualSubmissionRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Year = body.Year, Kind = body.Kind, DueOn = dueOn, RuleId = rule.Id, SubmittedOn = today,
            Reference = body.Reference.Trim(), CreatedAt = clock.UtcNow,
        };
        if ((await submissions.OfYearAsync(body.Year, organ.Id, ct)).Any(s => s.Kind == body.Kind))
        {
            throw new ProblemException(BuildingsErrors.AlreadySubmitted);
        }
        try
        {
            await submissions.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.AlreadySubmitted);
        }
        var answer = new AnnualSubmissionResponse(organ.Id, body.Year, body.Kind, dueOn, rule.Id, AnnualDue.Status(dueOn, today, today), row.Id, today, row.Reference);
        audit.Record("AnnualSubmission", row.Id, organ.Id, AuditTrail.Diff(null, answer));
        await violations.SubmittedAsync(organ.Id, body.Year, body.Kind, today, row.Reference, ct);
        return answer;
    }
}
