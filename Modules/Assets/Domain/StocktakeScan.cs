using OrganAffairs.Contracts.Assets;

namespace OrganAffairs.Assets.Domain;

/// <summary>What one scan of a stock-take (盘点) records: 在位 (Found), 异位 (FoundElsewhere) or 盘亏 (Missing).</summary>
internal static class StocktakeScan
{
    /// <summary>
    /// An expected asset seen in its expected room (or where either room is not known) is Found; seen in another room,
    /// or not expected in this campaign at all, it is FoundElsewhere; <paramref name="missing"/> records it as not found.
    /// </summary>
    public static StocktakeResult Result(bool missing, bool expected, Guid? expectedRoomId, Guid? foundRoomId) =>
        missing ? StocktakeResult.Missing
            : expected && (expectedRoomId is null || foundRoomId is null || foundRoomId == expectedRoomId) ? StocktakeResult.Found
            : StocktakeResult.FoundElsewhere;
}
