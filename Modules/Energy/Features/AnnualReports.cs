using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Statuses of annual reports: a report not submitted after its due date is Late.</summary>
internal sealed class AnnualReportBook(EnergyRuleBook book, BusinessClock clock)
{
    public async Task<AnnualReportResponse> ToResponseAsync(InstitutionRow institution, int year, AnnualReportRow? row, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var division = await book.DivisionOfAsync(institution.OrganId, ct);
        var settings = book.Settings(division, new DateOnly(year + 1, 1, 1)) ?? throw new ProblemException(EnergyErrors.SettingsMissing);
        var due = settings.DueOn(year);
        var status = row?.Status ?? AnnualReportStatus.NotStarted;
        if (status != AnnualReportStatus.Submitted && clock.Today > due)
        {
            status = AnnualReportStatus.Late;
        }
        var submittedLate = row?.SubmittedAt is { } at && clock.DateOf(at) > due;
        return new AnnualReportResponse(institution.Id, institution.Name, institution.DirectoryCode, year, status, due, row?.SubmittedAt, submittedLate,
            row is null ? null : RuleJson.Read<AnnualReportFigures>(row.Figures), row?.Version);
    }
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

internal sealed record SubmitAnnualReportCommand(Guid InstitutionId, int Year, long ExpectedVersion) : ICommand<AnnualReportResponse>;

internal sealed class SubmitAnnualReportValidator : AbstractValidator<SubmitAnnualReportCommand>
{
    public SubmitAnnualReportValidator() => RuleFor(c => c.Year).Year().OverridePropertyName("year");
}

internal sealed class SubmitAnnualReportHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports, AuditTrail audit, BusinessClock clock)
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
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var before = await reports.ToResponseAsync(institution, command.Year, row, ct);
        row.Status = AnnualReportStatus.Submitted;
        row.SubmittedAt = clock.UtcNow;
        row.UpdatedAt = row.SubmittedAt.Value;
        row.Version++;
        if (await compliance.UpdateReportAsync(row, command.ExpectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = await reports.ToResponseAsync(institution, command.Year, row, ct);
        audit.Record("AnnualEnergyReport", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}

internal sealed record GetAnnualReportQuery(Guid InstitutionId, int Year) : IQuery<AnnualReportResponse>;

internal sealed class GetAnnualReportValidator : AbstractValidator<GetAnnualReportQuery>
{
    public GetAnnualReportValidator() => RuleFor(q => q.Year).Year().OverridePropertyName("year");
}

internal sealed class GetAnnualReportHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports)
    : IRequestHandler<GetAnnualReportQuery, AnnualReportResponse>
{
    public async Task<AnnualReportResponse> Handle(GetAnnualReportQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return await reports.ToResponseAsync(institution, query.Year, await compliance.ReportAsync(institution.Id, query.Year, ct), ct);
    }
}

internal sealed record ListAnnualReportsQuery(int Year, AnnualReportStatus? Status) : IQuery<IReadOnlyList<AnnualReportResponse>>;

internal sealed class ListAnnualReportsValidator : AbstractValidator<ListAnnualReportsQuery>
{
    public ListAnnualReportsValidator()
    {
        RuleFor(q => q.Year).Year().OverridePropertyName("year");
        RuleFor(q => q.Status).IsInEnum().When(q => q.Status is not null);
    }
}

/// <summary>Every visible institution's report for the year, including those not started: the late list is status=Late.</summary>
internal sealed class ListAnnualReportsHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports)
    : IRequestHandler<ListAnnualReportsQuery, IReadOnlyList<AnnualReportResponse>>
{
    public async Task<IReadOnlyList<AnnualReportResponse>> Handle(ListAnnualReportsQuery query, CancellationToken ct)
    {
        var rows = (await compliance.ReportsOfYearAsync(query.Year, ct)).ToDictionary(r => r.InstitutionId);
        var result = new List<AnnualReportResponse>();
        foreach (var institution in await institutions.AllVisibleAsync(ct))
        {
            var report = await reports.ToResponseAsync(institution, query.Year, rows.GetValueOrDefault(institution.Id), ct);
            if (query.Status is null || report.Status == query.Status)
            {
                result.Add(report);
            }
        }
        return result;
    }
}
