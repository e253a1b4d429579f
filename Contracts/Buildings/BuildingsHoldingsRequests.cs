using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>What a dissolving organ holds in Buildings, and with a settlement its hand-over or recovery (see <see cref="IOrganHoldingsRequest"/>).</summary>
public sealed record BuildingsHoldingsOfOrgan(Guid OrganId, OrganSettlement? Settlement = null) : IOrganHoldingsRequest;
