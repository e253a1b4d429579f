using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Submit the drafted annual report (报送; If-Match required) (Energy_SubmitAnnualReport): the route.</summary>
internal static class SubmitAnnualReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPost("/{id:guid}/annual-reports/{year:int}/submit", Handle).WithName("Energy_SubmitAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("Submit the drafted annual report (报送; If-Match required)")
            .WithDescription("Due by the settings rule: 31 March of the following year as seeded (公共机构节能条例). A submission after the due date is kept and marked submittedLate.")
            .Produces<AnnualReportResponse>().Problems(400, 404, 409, 412, 428)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<AnnualReportResponse>> Handle(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SubmitAnnualReportCommand(id, year, ETags.RequireIfMatch(http)), ct), r => r.Version ?? 0);
}

internal sealed record SubmitAnnualReportCommand(Guid InstitutionId, int Year, IfMatch IfMatch) : ICommand<AnnualReportResponse>;

internal sealed class SubmitAnnualReportValidator : AbstractValidator<SubmitAnnualReportCommand>
{
    public SubmitAnnualReportValidator() => RuleFor(c => c.Year).Year().OverridePropertyName("year");
}

internal sealed class SubmitAnnualReportHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports, AuditTrail audit, BusinessClock clock, Violations violations)
    : IRequestHandler<SubmitAnnualReportCommand, AnnualReportResponse>
{
    public async Task<AnnualReportResponse> Handle(SubmitAnnualReportCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        var row = await compliance.ReportAsync(institution.Id, command.Year, ct) ?? throw new ProblemException(EnergyErrors.ReportNotDrafted);
        if (row.Status == AnnualReportStatus.Submitted)
        {
            throw new ProblemException(EnergyErrors.ReportSubmitted);
        }
        var expectedVersion = command.IfMatch.Against(row.Version);
        var before = await reports.ToResponseAsync(institution, command.Year, row, ct);
        row.Status = AnnualReportStatus.Submitted;
        row.SubmittedAt = clock.UtcNow;
        row.UpdatedAt = row.SubmittedAt.Value;
        row.Version++;
        if (await compliance.UpdateReportAsync(row, expectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = await reports.ToResponseAsync(institution, command.Year, row, ct);
        audit.Record("AnnualEnergyReport", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        if (command.Year >= clock.Today.Year - 1)
        {
            // The sweep judges the last year's report; an older one submitted late does not end that breach.
            await violations.CloseOpenAsync(Duty.Energy, LateReportSweep.Kind, institution.Id, clock.Today, ViolationCloseReason.Corrected, $"{command.Year} report submitted", ct);
        }
        return after;
    }
}
