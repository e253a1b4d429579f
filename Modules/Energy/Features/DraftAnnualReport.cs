using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Draft (or redraft) an institution's annual report (年度能源资源消费统计) for a past year (Energy_DraftAnnualReport): the route.</summary>
internal static class DraftAnnualReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPost("/{id:guid}/annual-reports/{year:int}/draft", Handle).WithName("Energy_DraftAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("Draft (or redraft) an institution's annual report (年度能源资源消费统计) for a past year")
            .WithDescription("Freezes the year's figures from the roll-ups and the year's statistics (422 energy.statistics-missing without them). A submitted report cannot be redrafted (409). Only a year that has ended (422).")
            .Produces<AnnualReportResponse>().Problems(400, 404, 409, 422)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<AnnualReportResponse>> Handle(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DraftAnnualReportCommand(id, year), ct), r => r.Version ?? 0);
}

internal sealed record DraftAnnualReportCommand(Guid InstitutionId, int Year) : ICommand<AnnualReportResponse>;

internal sealed class DraftAnnualReportValidator : AbstractValidator<DraftAnnualReportCommand>
{
    public DraftAnnualReportValidator() => RuleFor(c => c.Year).Year().OverridePropertyName("year");
}

/// <summary>
/// Drafts (or redrafts) the report from the roll-ups and the year's statistics; figures are frozen in the
/// report so later corrections of readings do not change what was reported.
/// </summary>
internal sealed class DraftAnnualReportHandler(
    InstitutionRepository institutions, ComplianceRepository compliance, IndicatorCalculator calculator, AnnualReportBook reports,
    AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<DraftAnnualReportCommand, AnnualReportResponse>
{
    public async Task<AnnualReportResponse> Handle(DraftAnnualReportCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        if (command.Year >= clock.Today.Year)
        {
            throw new ProblemException(EnergyErrors.ReportYearOpen);
        }
        var existing = await compliance.ReportAsync(institution.Id, command.Year, ct);
        if (existing?.Status == AnnualReportStatus.Submitted)
        {
            throw new ProblemException(EnergyErrors.ReportSubmitted);
        }
        var i = await calculator.ComputeAsync([institution], new DateOnly(command.Year, 1, 1), new DateOnly(command.Year, 12, 31), ct);
        if (i.FloorArea is not { } area || i.EnergyUsingPopulation is not { } population)
        {
            throw new ProblemException(EnergyErrors.StatisticsMissing);
        }
        var figures = RuleJson.Write(new AnnualReportFigures(area, population, i.TotalKgce, i.KgcePerSquareMetre, i.KgcePerPerson,
            i.WaterCubicMetres, i.WaterPerPerson, i.Co2Tonnes, i.ByKind));
        var now = clock.UtcNow;
        var row = existing ?? new AnnualReportRow
        {
            Id = ids.NewId(), InstitutionId = institution.Id, OrganId = institution.OrganId, Year = command.Year, CreatedAt = now,
        };
        var before = existing is null ? null : await reports.ToResponseAsync(institution, command.Year, existing, ct);
        row.Status = AnnualReportStatus.Draft;
        row.Figures = figures;
        row.UpdatedAt = now;
        row.Version = (existing?.Version ?? 0) + 1;
        if (existing is null)
        {
            await compliance.InsertReportAsync(row, ct);
        }
        else if (await compliance.UpdateReportAsync(row, existing.Version, ct) == 0)
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = await reports.ToResponseAsync(institution, command.Year, row, ct);
        audit.Record("AnnualEnergyReport", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
