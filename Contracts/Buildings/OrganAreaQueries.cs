using MediatR;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/>, its approved office area against the area it holds
/// (its allocated rooms by type) on <paramref name="On"/> — the same summary as GET /buildings/organs/{id}/area-summary. Organs the
/// caller may not see are absent. One query per report, never one per row.
/// </summary>
public sealed record GetOrganAreasQuery(IReadOnlyCollection<Guid> OrganIds, DateOnly On) : IRequest<IReadOnlyDictionary<Guid, OrganAreaSummary>>;
