namespace OrganAffairs.Contracts.Buildings;

/// <summary>产权 — how the bureau holds a building: owned (自有), leased (租用) or borrowed (借用).</summary>
public enum Ownership
{
    Owned = 1,
    Leased = 2,
    Borrowed = 3,
}

/// <summary>Status of a building, floor or room: active, or retired (停用) on a date. Space is never deleted.</summary>
public enum SpaceStatus
{
    Active = 1,
    Retired = 2,
}

/// <summary>用房类型 — Office 办公室用房, Service 服务用房, Equipment 设备用房, Ancillary 附属用房.</summary>
public enum RoomType
{
    Office = 1,
    Service = 2,
    Equipment = 3,
    Ancillary = 4,
}

/// <summary>会议室预订状态: Pending (待审批, holds its slot), Approved, Rejected, Cancelled.</summary>
public enum BookingStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Cancelled = 4,
}

/// <summary>重复方式 of a recurring booking.</summary>
public enum RecurrenceFrequency
{
    Daily = 1,
    Weekly = 2,
}

/// <summary>会务服务 — an add-on recorded with a booking for the logistics service: tea 茶水, catering 餐饮, AV 音视频, setup 会场布置.</summary>
public enum AddOnKind
{
    Tea = 1,
    Catering = 2,
    AudioVisual = 3,
    Setup = 4,
}

/// <summary>配置方式 — how a room came to an organ: Reallocation 调剂, Exchange 置换, Lease 租用, Construction 建设.</summary>
public enum AllocationRoute
{
    Reallocation = 1,
    Exchange = 2,
    Lease = 3,
    Construction = 4,
}

/// <summary>Status of an allocation or office assignment: active, or released (收回/腾退) on a date.</summary>
public enum HoldingStatus
{
    Active = 1,
    Released = 2,
}

/// <summary>Why space is to be recovered (收回): the holder transferred, retired, or left the concurrent post of a second office; or a first office over the standard was kept under an approved exception (OverStandard); or an allocation took its organ above the approved office area under an approved exception (OverApprovedArea).</summary>
public enum RecoveryReason
{
    Transferred = 1,
    Retired = 2,
    ConcurrentPostEnded = 3,
    OverStandard = 4,
    OverApprovedArea = 5,
}

/// <summary>A recovery case is open until the office is vacated.</summary>
public enum RecoveryStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>A deadline rule (months): OfficeRecovery (transferred or retired staff), SecondOfficeRecovery (a second office after the concurrent post ends), OverStandardRecovery (space over the standard kept under an approved exception: a first office over the per-person standard, or an allocation above the organ's approved area); PublicationDue and FilingDue (the yearly publication 公示 and filing 备案: months after 31 December of the year).</summary>
public enum DeadlineRuleCode
{
    OfficeRecovery = 1,
    SecondOfficeRecovery = 2,
    OverStandardRecovery = 3,
    PublicationDue = 4,
    FilingDue = 5,
}
