using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

/// <summary>
/// Access's part in dissolving an organ: its keys that still authenticate. Whether handed over or
/// recovered, a dissolved organ's keys are revoked: this instance evicts them at once, other Host
/// instances stop accepting them within <see cref="ApiKeyCache.Lifetime"/> (10 s).
/// </summary>
internal sealed class AccessHoldingsOfOrganHandler(ApiKeyRepository keys, BusinessClock clock, IMediator mediator)
    : IRequestHandler<AccessHoldingsOfOrgan, IReadOnlyList<OrganHolding>>
{
    public async Task<IReadOnlyList<OrganHolding>> Handle(AccessHoldingsOfOrgan request, CancellationToken ct)
    {
        var live = await keys.LiveOfOrganAsync(request.OrganId, clock.UtcNow, ct);
        if (request.Settlement is not null)
        {
            foreach (var id in live)
            {
                await mediator.Send(new RevokeApiKeyCommand(id), ct);
            }
        }
        return live.Count == 0 ? [] : [new OrganHolding("access", "apiKeys", live.Count)];
    }
}
