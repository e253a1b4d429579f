using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;

namespace OrganAffairs.Organs.Features;

/// <summary>Answers other modules' <see cref="GetOrganQuery"/>; null for unknown and invisible alike.</summary>
internal sealed class GetOrganQueryHandler(OrganRepository organs) : IRequestHandler<GetOrganQuery, OrganSummary?>
{
    public async Task<OrganSummary?> Handle(GetOrganQuery query, CancellationToken ct) =>
        (await organs.GetVisibleAsync(query.OrganId, ct))?.ToSummary();
}
