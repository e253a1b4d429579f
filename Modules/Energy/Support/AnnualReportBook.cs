using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Support;

/// <summary>Statuses of annual reports: a report not submitted after its due date is Late.</summary>
internal sealed class AnnualReportBook(EnergyRuleBook book, BusinessClock clock)
{
    public async Task<AnnualReportResponse> ToResponseAsync(InstitutionRow institution, int year, AnnualReportRow? row, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var division = await book.DivisionOfAsync(institution.OrganId, ct);
        var settings = book.Settings(division, new DateOnly(year + 1, 1, 1)) ?? throw new ProblemException(EnergyErrors.SettingsMissing);
        var due = settings.DueOn(year);
        var status = ReportDeadline.StatusOn(row?.Status, clock.Today, due);
        var submittedLate = row?.SubmittedAt is { } at && ReportDeadline.IsLate(clock.DateOf(at), due);
        return new AnnualReportResponse(institution.Id, institution.Name, institution.DirectoryCode, year, status, due, row?.SubmittedAt, submittedLate,
            row is null ? null : RuleJson.Read<AnnualReportFigures>(row.Figures), row?.Version);
    }
}
