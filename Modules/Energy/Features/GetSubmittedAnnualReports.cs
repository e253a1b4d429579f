using MediatR;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;

namespace OrganAffairs.Energy.Features;

/// <summary>
/// Answers <see cref="GetSubmittedAnnualReportsQuery"/> (no route: Guidance's regional energy summary reads it): the year's
/// submitted reports within the caller's scope, narrowed to the organs asked for, with the figures frozen on submission.
/// </summary>
internal sealed class GetSubmittedAnnualReportsHandler(ComplianceRepository compliance)
    : IRequestHandler<GetSubmittedAnnualReportsQuery, IReadOnlyList<OrganAnnualReport>>
{
    public async Task<IReadOnlyList<OrganAnnualReport>> Handle(GetSubmittedAnnualReportsQuery query, CancellationToken ct)
    {
        var organs = query.OrganIds.ToHashSet();
        return (await compliance.ReportsOfYearAsync(query.Year, ct))
            .Where(r => r.Status == AnnualReportStatus.Submitted && organs.Contains(r.OrganId))
            .Select(r => new OrganAnnualReport(r.OrganId, r.InstitutionId, RuleJson.Read<AnnualReportFigures>(r.Figures)))
            .ToList();
    }
}
