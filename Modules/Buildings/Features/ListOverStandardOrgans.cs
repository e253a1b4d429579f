using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListOverStandardOrgansQuery(DateOnly? On) : IQuery<IReadOnlyList<OrganAreaSummary>>;

/// <summary>Organs whose allocated office area exceeds their approved area on the date (an ordinary organ: only itself).</summary>
internal sealed class ListOverStandardOrgansHandler(AllocationRepository allocations, SpaceRepository space, BusinessClock clock)
    : IRequestHandler<ListOverStandardOrgansQuery, IReadOnlyList<OrganAreaSummary>>
{
    public async Task<IReadOnlyList<OrganAreaSummary>> Handle(ListOverStandardOrgansQuery query, CancellationToken ct) =>
        (await OrganAreas.SummariseAsync(allocations, space, null, query.On ?? clock.Today, ct)).Where(s => s.OverStandard).OrderByDescending(s => s.OverBy).ToList();
}
