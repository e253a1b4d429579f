using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Access;

/// <summary>What a dissolving organ holds in Access, and with a settlement its hand-over or recovery (see <see cref="IOrganHoldingsRequest"/>).</summary>
public sealed record AccessHoldingsOfOrgan(Guid OrganId, OrganSettlement? Settlement = null) : IOrganHoldingsRequest;
