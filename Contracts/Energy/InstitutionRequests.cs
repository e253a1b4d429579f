namespace OrganAffairs.Contracts.Energy;

/// <summary>Registers a public institution (公共机构) for an organ.</summary>
/// <param name="OrganId">The organ (Organs module) the institution is; one institution per organ.</param>
/// <param name="Name">The institution's name as listed in the directory (公共机构名录库).</param>
/// <param name="DirectoryCode">Its code in the public-institution directory (名录库编码): 1–30 letters, digits or '-'; unique.</param>
public sealed record CreateInstitutionRequest(Guid OrganId, string Name, string DirectoryCode);

/// <summary>Changes an institution's name and directory code (If-Match).</summary>
public sealed record UpdateInstitutionRequest(string Name, string DirectoryCode);

/// <summary>A public institution.</summary>
public sealed record InstitutionResponse(
    Guid Id, Guid OrganId, string Name, string DirectoryCode, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>An institution's statistics for one year: the divisors of the indicators.</summary>
/// <param name="FloorArea" example="12500.50">Building floor area (建筑面积) in m², at most 2 decimals, &gt; 0.</param>
/// <param name="EnergyUsingPopulation" example="860">用能人数: people actually using the institution's energy that year (not the organ's approved headcount), &gt; 0.</param>
public sealed record YearlyStatisticsRequest(decimal FloorArea, int EnergyUsingPopulation);

public sealed record YearlyStatisticsResponse(Guid InstitutionId, int Year, decimal FloorArea, int EnergyUsingPopulation, DateTimeOffset UpdatedAt);

/// <summary>Registers a meter (计量器具).</summary>
/// <param name="Code" example="E-1F-01">The meter's code, unique within the institution (1–50 characters).</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Unit">Its unit: Electricity Kwh; Water and NaturalGas CubicMetre; Heat Megajoule; Gasoline and Diesel Litre or Kilogram; Coal and Lpg Kilogram.</param>
/// <param name="Subsystem">The subsystem it serves (分项).</param>
/// <param name="Mode">Cumulative register or interval consumption.</param>
/// <param name="RegisterDigits" example="6">Cumulative only: digits of the register before the decimal point (3–12), so a rollover (e.g. 99,998 → 00,003) is told from a register going backwards.</param>
/// <param name="Multiplier">The meter's multiplier (倍率, e.g. a current-transformer ratio): an integer 1–100000; consumption = difference × multiplier.</param>
/// <param name="InstalledAt" example="2027-01-01T00:00:00+08:00">When the meter was installed; readings before it are out of range.</param>
/// <param name="InitialRegisterValue" example="1234.5">Cumulative only: the register at installation (at most 3 decimals).</param>
public sealed record CreateMeterRequest(
    string Code, EnergyKind Kind, MeterUnit Unit, Subsystem Subsystem, MeterMode Mode,
    int? RegisterDigits, int Multiplier, DateTimeOffset InstalledAt, decimal? InitialRegisterValue);

/// <summary>Changes a meter's subsystem and status (If-Match). Kind, unit, mode and register are fixed: a different meter is a new meter or a replacement.</summary>
public sealed record UpdateMeterRequest(Subsystem Subsystem, MeterStatus Status);

/// <summary>A meter with its register state.</summary>
/// <param name="LastReadAt">The latest reading's time (or installation/replacement time), null for an interval meter never read.</param>
/// <param name="LastRegisterValue">Cumulative only: the register after the latest reading.</param>
public sealed record MeterResponse(
    Guid Id, Guid InstitutionId, string Code, EnergyKind Kind, MeterUnit Unit, Subsystem Subsystem, MeterMode Mode,
    int? RegisterDigits, int Multiplier, DateTimeOffset InstalledAt, DateTimeOffset? LastReadAt, decimal? LastRegisterValue,
    MeterStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>A meter replacement (换表): the old register ends, a new one starts at ReplacedAt.</summary>
/// <param name="ReplacedAt" example="2030-01-01T00:00:00+08:00">When the new register starts; after the meter's latest reading.</param>
/// <param name="FinalRegisterValue" example="23456.7">Optional last reading of the old register at ReplacedAt (recorded as a reading, counted as consumption).</param>
/// <param name="NewRegisterValue" example="0">The new register's starting value.</param>
/// <param name="RegisterDigits" example="6">The new register's digits (3–12); default the old one's.</param>
public sealed record ReplaceMeterRequest(DateTimeOffset ReplacedAt, decimal? FinalRegisterValue, decimal NewRegisterValue, int? RegisterDigits);

/// <summary>A past replacement of a meter: when, the old register's final value (if recorded), the new register's start and size.</summary>
public sealed record MeterReplacementResponse(DateTimeOffset ReplacedAt, decimal? FinalRegisterValue, decimal NewRegisterValue, int RegisterDigits);

/// <summary>One reading entered by hand.</summary>
/// <param name="ReadAt">The reading's instant (with offset; stored in UTC).</param>
/// <param name="Value">Register value (cumulative) or consumption (interval), ≥ 0, at most 3 decimals, in the meter's unit.</param>
/// <param name="Replace">Replace an existing reading of this meter at this time with another value (otherwise 409).</param>
public sealed record RecordReadingRequest(DateTimeOffset ReadAt, decimal Value, bool Replace = false);

/// <summary>A stored reading.</summary>
/// <param name="Consumption">Consumption attributed to this reading, in the base unit of the kind (kWh, m³, MJ, kg), after multiplier, rollover and density.</param>
/// <param name="BusinessDate">The business date the consumption counts on (the date of the instant just before ReadAt, in the business time zone: a reading at local midnight closes the previous day).</param>
public sealed record ReadingResponse(Guid MeterId, DateTimeOffset ReadAt, decimal Value, decimal Consumption, DateOnly BusinessDate, Guid? ImportId);

/// <summary>The outcome of recording one reading: Created, Duplicate (identical, nothing changed) or Replaced.</summary>
public sealed record RecordReadingResponse(string Outcome, ReadingResponse Reading);

/// <summary>The summary of an import.</summary>
/// <param name="RowsRead">Data rows read (CSV lines after the header, JSON array elements).</param>
/// <param name="Accepted">New readings stored.</param>
/// <param name="Replaced">Existing readings whose value was replaced (onDuplicate=Replace).</param>
/// <param name="Duplicates">Rows identical to a stored reading: counted, nothing changed.</param>
/// <param name="Rejected">Rows rejected; each is in the error report.</param>
/// <param name="ErrorsUrl">The paged error report.</param>
public sealed record ImportResponse(
    Guid Id, ImportStatus Status, ImportMode Mode, DuplicatePolicy OnDuplicate, ImportFormat Format,
    long RowsRead, long Accepted, long Replaced, long Duplicates, long Rejected,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Message, string ErrorsUrl);

/// <summary>One rejected row: its 1-based data row number, the field, a stable code and a message.</summary>
public sealed record ImportErrorResponse(long RowNumber, string? Field, string Code, string Message);
