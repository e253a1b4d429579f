using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Assets;

/// <summary>What a dissolving organ holds in Assets, and with a settlement its hand-over or recovery (see <see cref="IOrganHoldingsRequest"/>).</summary>
public sealed record AssetsHoldingsOfOrgan(Guid OrganId, OrganSettlement? Settlement = null) : IOrganHoldingsRequest;
