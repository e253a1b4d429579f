namespace OrganAffairs.Contracts.Assets;

/// <summary>Category of an item of office equipment (办公设备类别).</summary>
public enum AssetCategory
{
    Computer = 1,
    Printer = 2,
    Copier = 3,
    Furniture = 4,
    AudioVisual = 5,
    VehicleMounted = 6,
    Other = 7,
}

/// <summary>InStock 在库, Assigned 领用中, InRepair 维修中, Disposed 已处置.</summary>
public enum AssetStatus
{
    InStock = 1,
    Assigned = 2,
    InRepair = 3,
    Disposed = 4,
}

/// <summary>How a disposed asset left the books (处置方式).</summary>
public enum AssetDisposalMethod
{
    Scrap = 1,
    Transfer = 2,
    Auction = 3,
    Donation = 4,
    Other = 5,
}

/// <summary>What happened to an asset, in its history (履历).</summary>
public enum AssetEventKind
{
    Registered = 1,
    CheckedOut = 2,
    CheckedIn = 3,
    Moved = 4,
    RepairStarted = 5,
    RepairEnded = 6,
    Disposed = 7,
    MarkedMissing = 8,
    MissingResolved = 9,
    /// <summary>划转: the holding organ was dissolved and the asset passed to its successor.</summary>
    HandedOver = 10,
}

/// <summary>Reserved 已预约, Started 已转领用, Cancelled 已取消.</summary>
public enum ReservationStatus
{
    Reserved = 1,
    Started = 2,
    Cancelled = 3,
}

/// <summary>What a stock-take (盘点) covers: the assets an organ holds, or the assets in a building's rooms.</summary>
public enum StocktakeScope
{
    Organ = 1,
    Building = 2,
}

/// <summary>Open 进行中, Closed 已结束.</summary>
public enum StocktakeStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>Pending 待盘, Found 在位, Missing 盘亏, FoundElsewhere 异位 (found, but not in the expected room or not expected in this campaign).</summary>
public enum StocktakeResult
{
    Pending = 1,
    Found = 2,
    Missing = 3,
    FoundElsewhere = 4,
}
