namespace OrganAffairs.Contracts.Assets;

/// <summary>Opens a stock-take (盘点) of the assets an organ holds or of the assets in a building's rooms.</summary>
/// <param name="Name" example="2026 年度资产盘点">1–200 characters.</param>
/// <param name="Scope" example="Organ">Organ or Building.</param>
/// <param name="OrganId">The organ, for Scope = Organ.</param>
/// <param name="BuildingId">The building, for Scope = Building.</param>
public sealed record CreateStocktakeRequest(string Name, StocktakeScope Scope, Guid? OrganId, Guid? BuildingId);

/// <summary>A scan or manual entry (扫码/录入) of one asset in a stock-take.</summary>
/// <param name="Tag" example="OA-2026-000123">The asset tag read.</param>
/// <param name="RoomId">The room where it was seen; null when not found.</param>
/// <param name="Missing" example="false">True to record it as not found (盘亏) now rather than at closing.</param>
/// <param name="Note" example="标签破损">At most 500 characters.</param>
public sealed record RecordScanRequest(string Tag, Guid? RoomId, bool Missing = false, string? Note = null);

/// <summary>A stock-take with its counts.</summary>
public sealed record StocktakeResponse(
    Guid Id, string Name, StocktakeScope Scope, Guid? OrganId, Guid? BuildingId, StocktakeStatus Status, int Expected, int Found, int FoundElsewhere,
    int Missing, int Pending, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, long Version);

/// <summary>One line of a stock-take.</summary>
public sealed record StocktakeItemResponse(
    Guid AssetId, string Tag, AssetCategory Category, string Model, bool Expected, Guid? ExpectedRoomId, Guid? FoundRoomId, StocktakeResult Result,
    DateTimeOffset? ScannedAt, string? Note);

/// <summary>The result of a stock-take (盘点报告): its counts and every line.</summary>
public sealed record StocktakeReportResponse(StocktakeResponse Stocktake, IReadOnlyList<StocktakeItemResponse> Items);
