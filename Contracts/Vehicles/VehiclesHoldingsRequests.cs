using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>What a dissolving organ holds in Vehicles, and with a settlement its hand-over or recovery (see <see cref="IOrganHoldingsRequest"/>).</summary>
public sealed record VehiclesHoldingsOfOrgan(Guid OrganId, OrganSettlement? Settlement = null) : IOrganHoldingsRequest;
