using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>
/// Answers <see cref="GetOperatingCostsQuery"/> (no route: the feed of the operating-cost survey for Guidance's reporting cycle): the
/// visible organs' operating costs of the year, each source read once for all of them.
/// </summary>
internal sealed class GetOperatingCostsHandler(OperatingCosts operatingCosts, OrganScope scope) : IRequestHandler<GetOperatingCostsQuery, IReadOnlyList<OperatingCostResponse>>
{
    public async Task<IReadOnlyList<OperatingCostResponse>> Handle(GetOperatingCostsQuery query, CancellationToken ct)
    {
        if (query.Year is < 2000 or > 2100)
        {
            return [];
        }
        var visible = await scope.VisibleAsync(query.OrganIds.Distinct().ToList(), id => id, ct);
        return await operatingCosts.ComputeAsync(visible, query.Year, ct);
    }
}
