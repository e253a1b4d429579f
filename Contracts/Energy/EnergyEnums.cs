namespace OrganAffairs.Contracts.Energy;

/// <summary>能源种类 — what a meter measures. Water is metered and reported but is not energy (no standard-coal coefficient).</summary>
public enum EnergyKind
{
    Electricity = 1,
    Water = 2,
    NaturalGas = 3,
    Heat = 4,
    Gasoline = 5,
    Diesel = 6,
    Coal = 7,
    Lpg = 8,

    /// <summary>燃料油 — fuel oil, metered in kg (GB/T 2589: 1.4286 kgce/kg).</summary>
    FuelOil = 9,
}

/// <summary>计量单位 — the unit a meter reads in. Fuel may be read in litres (converted to kg with the density rule) or kg.</summary>
public enum MeterUnit
{
    Kwh = 1,
    CubicMetre = 2,
    Megajoule = 3,
    Kilogram = 4,
    Litre = 5,
}

/// <summary>分项 — the subsystem a meter serves (公共机构能耗分项计量): lighting and sockets (照明插座), HVAC (空调), power (动力), special (特殊用能).</summary>
public enum Subsystem
{
    LightingAndSockets = 1,
    Hvac = 2,
    Power = 3,
    Special = 4,
}

/// <summary>How a meter reports: a cumulative register (累计读数, consumption is the difference) or the consumption of each interval (区间用量).</summary>
public enum MeterMode
{
    Cumulative = 1,
    Interval = 2,
}

/// <summary>Active, or retired (no more readings accepted).</summary>
public enum MeterStatus
{
    Active = 1,
    Retired = 2,
}

/// <summary>AllOrNothing: any rejected row rolls the whole import back. KeepValid: valid rows are committed in chunks and rejected rows are reported.</summary>
public enum ImportMode
{
    AllOrNothing = 1,
    KeepValid = 2,
}

/// <summary>What a row for an existing meter and time with another value does: Reject it (reported), or Replace the stored value.</summary>
public enum DuplicatePolicy
{
    Reject = 1,
    Replace = 2,
}

/// <summary>Running; Completed (every valid row stored); RolledBack (AllOrNothing with rejected rows: nothing stored); Failed (stopped by a malformed file or an error; rows of committed chunks stay).</summary>
public enum ImportStatus
{
    Running = 1,
    Completed = 2,
    RolledBack = 3,
    Failed = 4,
}

/// <summary>The file format of an import: text/csv or application/json.</summary>
public enum ImportFormat
{
    Csv = 1,
    Json = 2,
}

/// <summary>How sure a seeded number is: High (official text), Medium (good secondary source), Unconfirmed (to be checked against the publication).</summary>
public enum Confidence
{
    High = 1,
    Medium = 2,
    Unconfirmed = 3,
}

/// <summary>统计期 — Month, Quarter, Year or a Custom range of business dates.</summary>
public enum PeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
    Custom = 4,
}

/// <summary>What an overrun passed: the energy quota (kgce) or the water quota (m³).</summary>
public enum OverrunResource
{
    Energy = 1,
    Water = 2,
}

/// <summary>超定额 — Open until an explanation (说明) is recorded, then Explained.</summary>
public enum OverrunStatus
{
    Open = 1,
    Explained = 2,
}

/// <summary>年度能源资源消费统计报告 — NotStarted, Draft, Submitted, or Late (not submitted after the due date).</summary>
public enum AnnualReportStatus
{
    NotStarted = 1,
    Draft = 2,
    Submitted = 3,
    Late = 4,
}
