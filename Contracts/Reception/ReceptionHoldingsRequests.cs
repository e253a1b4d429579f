using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// What a dissolving organ holds in Reception — receptions not yet settled, cancelled or rejected, and letters no
/// reception uses yet — and with a settlement their hand-over (see <see cref="IOrganHoldingsRequest"/>).
/// </summary>
public sealed record ReceptionHoldingsOfOrgan(Guid OrganId, OrganSettlement? Settlement = null) : IOrganHoldingsRequest;
