using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Assets;

/// <summary>
/// Assets' open violations for backfill: assets a closed stock-take did not find and nobody has found,
/// resolved or disposed of since (<c>assets.missing-after-stocktake</c>; subject: the asset).
/// </summary>
public sealed record ListOpenAssetsViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
