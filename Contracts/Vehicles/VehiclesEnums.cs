namespace OrganAffairs.Contracts.Vehicles;

/// <summary>能源类型 — how the vehicle is powered. BatteryElectric, PlugInHybrid and FuelCell are new-energy vehicles (新能源汽车).</summary>
public enum EnergyType
{
    Gasoline = 1,
    Diesel = 2,
    BatteryElectric = 3,
    PlugInHybrid = 4,
    Hybrid = 5,
    FuelCell = 6,
}

/// <summary>车身类型 — body type: sedan (轿车), off-road (越野车), MPV, small/medium bus (中小型客车), large bus (大型客车), special (特种车辆).</summary>
public enum BodyType
{
    Sedan = 1,
    OffRoad = 2,
    Mpv = 3,
    SmallMediumBus = 4,
    LargeBus = 5,
    Special = 6,
}

/// <summary>
/// 产地 — where the vehicle was made (V11: 国产汽车 means made in China, joint ventures included): DomesticBrand
/// 自主品牌, JointVenture 合资品牌 made in China, Imported 进口 (flagged in the answer).
/// </summary>
public enum VehicleOrigin
{
    DomesticBrand = 1,
    JointVenture = 2,
    Imported = 3,
}

/// <summary>公务用车类别: ConfidentialCourier 机要通信, EmergencySupport 应急保障, LawEnforcement 执法执勤, SpecialTechnical 特种专业技术, Other 其他.</summary>
public enum VehicleCategory
{
    ConfidentialCourier = 1,
    EmergencySupport = 2,
    LawEnforcement = 3,
    SpecialTechnical = 4,
    Other = 5,
}

/// <summary>车辆状态: Available 可用, OnTrip 出车中, Maintenance 维修保养, Sealed 封存, Disposed 已处置 (kept, never deleted).</summary>
public enum VehicleStatus
{
    Available = 1,
    OnTrip = 2,
    Maintenance = 3,
    Sealed = 4,
    Disposed = 5,
}

/// <summary>驾驶员状态: Active 在岗, Retired 停用.</summary>
public enum DriverStatus
{
    Active = 1,
    Retired = 2,
}

/// <summary>用车申请状态: Requested → Approved | Rejected; Approved → Dispatched → InProgress → Completed; Requested/Approved/Dispatched → Cancelled.</summary>
public enum TripStatus
{
    Requested = 1,
    Approved = 2,
    Rejected = 3,
    Dispatched = 4,
    InProgress = 5,
    Completed = 6,
    Cancelled = 7,
}

/// <summary>费用类别 (单车核算): fuel 燃油, charge 充电, repair 维修, insurance 保险, tolls 通行费, parking 停车费, other 其他.</summary>
public enum CostKind
{
    Fuel = 1,
    Charge = 2,
    Repair = 3,
    Insurance = 4,
    Tolls = 5,
    Parking = 6,
    Other = 7,
}

/// <summary>提醒类别: Maintenance 保养, Insurance 保险, AnnualInspection 年检.</summary>
public enum ReminderKind
{
    Maintenance = 1,
    Insurance = 2,
    AnnualInspection = 3,
}

/// <summary>Where a reminder stands: Overdue (date passed or mileage reached), Upcoming (within the look-ahead), Later, or Done.</summary>
public enum ReminderState
{
    Overdue = 1,
    Upcoming = 2,
    Later = 3,
    Done = 4,
}

/// <summary>处置方式: Auction 拍卖, Transfer 调拨/划转, Scrap 报废.</summary>
public enum DisposalMethod
{
    Auction = 1,
    Transfer = 2,
    Scrap = 3,
}

/// <summary>
/// 取得方式 — how the organ came to hold the vehicle: Purchase 购置 (the only one that counts as 公务用车购置费 and as a vehicle
/// bought in the 三公经费 statistics), TransferIn 调入/划转, InitialLedger 建账录入 (already held when the ledger began; every
/// vehicle registered before the method was recorded), Other 其他 (e.g. donated, confiscated).
/// </summary>
public enum AcquisitionMethod
{
    Purchase = 1,
    TransferIn = 2,
    InitialLedger = 3,
    Other = 4,
}
