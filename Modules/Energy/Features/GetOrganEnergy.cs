using MediatR;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>
/// Answers <see cref="GetOrganEnergyQuery"/> (no route: Costs' operating cost reads it): each organ's own institution (one per organ;
/// not the subtree GET /energy/indicators?organId= sums), its year's kgce from the roll-ups as the indicators compute it.
/// </summary>
internal sealed class GetOrganEnergyHandler(InstitutionRepository institutions, IndicatorCalculator calculator)
    : IRequestHandler<GetOrganEnergyQuery, IReadOnlyDictionary<Guid, OrganEnergyYear>>
{
    public async Task<IReadOnlyDictionary<Guid, OrganEnergyYear>> Handle(GetOrganEnergyQuery query, CancellationToken ct)
    {
        var result = new Dictionary<Guid, OrganEnergyYear>();
        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        // OfOrgansAsync keeps the institutions the caller may see.
        foreach (var institution in await institutions.OfOrgansAsync(query.OrganIds.Distinct().ToList(), ct))
        {
            var indicators = await calculator.ComputeAsync([institution], from, to, ct);
            result[institution.OrganId] = new OrganEnergyYear(institution.OrganId, institution.Id, indicators.TotalKgce);
        }
        return result;
    }
}
