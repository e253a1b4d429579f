using MediatR;

namespace OrganAffairs.Contracts.Energy;

/// <summary>An organ's standard coal of a year: its public institution's (one per organ) total kgce, as GET /energy/indicators answers it.</summary>
/// <param name="InstitutionId">The organ's institution (公共机构).</param>
/// <param name="Kgce">The year's total standard coal in kgce, converted with the coefficients in force on each day.</param>
public sealed record OrganEnergyYear(Guid OrganId, Guid InstitutionId, decimal Kgce);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> that has a public institution the caller may see, the
/// standard coal of <paramref name="Year"/> (1 January to 31 December, business dates). Organs without an institution are absent.
/// </summary>
public sealed record GetOrganEnergyQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyDictionary<Guid, OrganEnergyYear>>;

/// <summary>A submitted annual report (年度能源资源消费统计) of an organ's institution, as frozen on submission.</summary>
public sealed record OrganAnnualReport(Guid OrganId, Guid InstitutionId, AnnualReportFigures Figures);

/// <summary>
/// Cross-module query in bulk (Guidance's regional energy summary prefill): the submitted annual reports of <paramref name="Year"/>
/// of the institutions of the organs among <paramref name="OrganIds"/> that the caller may see. Drafts and reports not started are
/// absent, so a summary never counts figures an institution has not signed off.
/// </summary>
public sealed record GetSubmittedAnnualReportsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyList<OrganAnnualReport>>;
