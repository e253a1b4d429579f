using MediatR;

namespace OrganAffairs.Contracts.Costs;

/// <summary>The parts of the operating-cost survey (机关运行成本统计调查).</summary>
public enum OperatingCostPart
{
    OfficeSpace = 1,
    Vehicles = 2,
    Energy = 3,
    ReceptionAndVisits = 4,
    LogisticsServices = 5,
    Staff = 6,
}

/// <summary>
/// One figure of the survey: OfficeArea (m²), Rent, PropertyFees, Repairs, VehicleOperation, VehiclePurchase, EnergyKgce (kgce),
/// EnergyBills, Reception, OutboundVisit, LogisticsServices (CNY), StaffInPost and ApprovedHeadcount (persons).
/// </summary>
public enum OperatingCostItem
{
    OfficeArea = 1,
    Rent = 2,
    PropertyFees = 3,
    Repairs = 4,
    VehicleOperation = 5,
    VehiclePurchase = 6,
    EnergyKgce = 7,
    EnergyBills = 8,
    Reception = 9,
    OutboundVisit = 10,
    LogisticsServices = 11,
    StaffInPost = 12,
    ApprovedHeadcount = 13,
    LogisticsRecorded = 14,
}

/// <summary>Where a figure comes from: read from a duty module (Derived) or typed in Costs (Entered).</summary>
public enum FigureOrigin
{
    Derived = 1,
    Entered = 2,
}

/// <summary>One figure of an organ's operating cost.</summary>
/// <param name="Value">The figure; null when its source has none (an organ with no energy institution).</param>
/// <param name="Unit">CNY, m2, kgce or persons.</param>
/// <param name="Money">A cost in CNY: counted in the total.</param>
/// <param name="Source">Derived: the module and the query (or ledger line) it is read from; Entered: where it is typed.</param>
public sealed record OperatingCostFigure(OperatingCostPart Part, OperatingCostItem Item, decimal? Value, string Unit, bool Money, FigureOrigin Origin, string Source);

/// <summary>
/// An organ's operating cost (机关运行成本) of a year, with the survey's parts (issue 22 item 6). Per-person and per-m² figures are
/// computed in fen and rounded half away from zero to the fen; null when the divisor is 0.
/// </summary>
/// <param name="YearEnd">The date the area and the staff are counted on (31 December).</param>
/// <param name="Total">The money figures summed (CNY).</param>
/// <param name="PerPerson">Total ÷ staff in post at year end.</param>
/// <param name="PerSquareMetre">Total ÷ area held at year end (m²).</param>
/// <param name="Version">The entered figures' version (0 until entered): the ETag PUT …/entries needs.</param>
/// <param name="EnteredAt">When the entered figures were last changed; null until entered.</param>
public sealed record OperatingCostResponse(
    Guid OrganId, int Year, DateOnly YearEnd, IReadOnlyList<OperatingCostFigure> Figures, decimal Total, decimal? PerPerson, decimal? PerSquareMetre,
    long Version, DateTimeOffset? EnteredAt);

/// <summary>The figures no duty module records yet, entered for an organ's year (If-Match on the operating cost's version; 0 before the first).</summary>
/// <param name="Rent" example="120000.00">Office rents paid (租金), CNY, 0–100 million, at most 2 decimals.</param>
/// <param name="PropertyFees" example="36000.00">Property-management fees (物业费).</param>
/// <param name="Repairs" example="15000.50">Repairs and upkeep of the office space (维修维护费).</param>
/// <param name="EnergyBills" example="88000.00">Energy bills paid (水电气暖等能源费用).</param>
/// <param name="LogisticsServices" example="50000.00">Logistics services bought (后勤服务费), entered until Logistics' query is read.</param>
/// <param name="Note" example="物业合同 2027-001">An optional note, at most 500 characters (audited).</param>
public sealed record OperatingCostEntriesRequest(decimal Rent, decimal PropertyFees, decimal Repairs, decimal EnergyBills, decimal LogisticsServices, string? Note);

/// <summary>
/// Cross-module query in bulk (the feed for Guidance's operating-cost survey): the operating cost of <paramref name="Year"/> of each organ
/// among <paramref name="OrganIds"/> that the caller may see, in the order given. One query per report, never one per organ.
/// </summary>
public sealed record GetOperatingCostsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyList<OperatingCostResponse>>;
