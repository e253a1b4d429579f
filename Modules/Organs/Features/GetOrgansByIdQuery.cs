using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;

namespace OrganAffairs.Organs.Features;

/// <summary>Answers other modules' <see cref="GetOrgansByIdQuery"/>: the visible organs among the ids, by id.</summary>
internal sealed class GetOrgansByIdQueryHandler(OrganRepository organs) : IRequestHandler<GetOrgansByIdQuery, IReadOnlyDictionary<Guid, OrganSummary>>
{
    public async Task<IReadOnlyDictionary<Guid, OrganSummary>> Handle(GetOrgansByIdQuery query, CancellationToken ct) =>
        query.OrganIds.Count == 0
            ? new Dictionary<Guid, OrganSummary>()
            : (await organs.GetVisibleManyAsync(query.OrganIds, ct)).ToDictionary(r => r.Id, r => r.ToSummary());
}
