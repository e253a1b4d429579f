using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;

namespace OrganAffairs.Assets.Support;

internal static class StocktakeMapping
{
    public static StocktakeResponse ToResponse(StocktakeRow r, IReadOnlyCollection<StocktakeItemRow> items) => new(
        r.Id, r.Name, r.Scope, r.OrganId, r.BuildingId, r.Status, items.Count(i => i.Expected),
        items.Count(i => i.Result == StocktakeResult.Found), items.Count(i => i.Result == StocktakeResult.FoundElsewhere),
        items.Count(i => i.Result == StocktakeResult.Missing), items.Count(i => i.Result == StocktakeResult.Pending), r.CreatedAt, r.ClosedAt, r.Version);

    public static StocktakeItemResponse ToResponse(StocktakeItemRow i) =>
        new(i.AssetId, i.Tag, i.Category, i.Model, i.Expected, i.ExpectedRoomId, i.FoundRoomId, i.Result, i.ScannedAt, i.Note);
}
