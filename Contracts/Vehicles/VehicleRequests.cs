namespace OrganAffairs.Contracts.Vehicles;

/// <summary>The fields a client sets when it registers an official vehicle (登记公务用车).</summary>
/// <param name="OrganId">The owning organ (占有使用单位); an ordinary organ registers only its own vehicles.</param>
/// <param name="Plate" example="苏A12345">Plate number: 7 characters (province + letter + 5), or 8 for a new-energy vehicle (small: serial starts with D battery-electric or F other; large: D/F in the 6th serial position). I and O are never used; the character sets are rule data (GET /api/v1/vehicles/rules/plates).</param>
/// <param name="Vin" example="1M8GDM9AXKP042788">Vehicle identification number: 17 characters without I, O, Q; the 9th is the check digit (ISO 3779 / GB 16735).</param>
/// <param name="Brand" example="红旗">Brand, at most 50 characters.</param>
/// <param name="Model" example="H5 1.5T">Model, at most 100 characters.</param>
/// <param name="DomesticBrand" example="true">Deprecated: send <c>origin</c>. Whether the brand is domestic (自主品牌); without <c>origin</c>, true means DomesticBrand and false leaves the origin unknown (flagged). When both are sent they must agree (true exactly when origin is DomesticBrand).</param>
/// <param name="Origin" example="DomesticBrand">Where the vehicle was made (V11): DomesticBrand, JointVenture (both 国产, made in China) or Imported (进口, flagged). Required unless the deprecated domesticBrand is sent.</param>
/// <param name="EnergyType" example="Gasoline">Energy type.</param>
/// <param name="BodyType" example="Sedan">Body type.</param>
/// <param name="Category" example="EmergencySupport">Category (公务用车类别); counted against the organ's quota (编制).</param>
/// <param name="Seats" example="5">Approved seats including the driver's (2–80).</param>
/// <param name="EngineDisplacementLitres" example="1.5">Engine displacement in litres (0.1–20.0, one to three decimals); must be null for a battery-electric vehicle, required otherwise.</param>
/// <param name="PurchasePrice" example="149800.00">Purchase price in CNY (yuan, 2 decimals), checked against the purchase standard (配备标准).</param>
/// <param name="PurchasedOn" example="2026-03-01">Purchase date (yyyy-MM-dd); the purchase standard in force on this date applies.</param>
/// <param name="OdometerKm" example="12">Odometer reading in km at registration.</param>
/// <param name="AssignedLeaderId">Optional fixed assignment (固定配备) to a leader: a staff member of the organ whose rank the fixed-car rank rule allows (V5, GET /api/v1/vehicles/rules/fixed-car-ranks; seeded: provincial-ministerial level and above); never an off-road vehicle.</param>
/// <param name="ApprovalReference" example="苏机管〔2026〕8号">Approval document for purchase standards that need one (special buses, law-enforcement up to 180,000), at most 200 characters.</param>
/// <param name="AcquisitionMethod" example="Purchase">How the organ came to hold the vehicle: Purchase (购置: the purchase price on purchasedOn is posted to the 公务用车购置费 line and the vehicle counts as bought in that year), TransferIn, InitialLedger or Other. When absent: InitialLedger (never counted as a purchase).</param>
public sealed record RegisterVehicleRequest(
    Guid OrganId,
    string Plate,
    string Vin,
    string Brand,
    string Model,
    [property: Obsolete("Send Origin; domesticBrand stays accepted (docs/adr/0027).")] bool? DomesticBrand,
    VehicleOrigin? Origin,
    EnergyType EnergyType,
    BodyType BodyType,
    VehicleCategory Category,
    int Seats,
    decimal? EngineDisplacementLitres,
    decimal PurchasePrice,
    DateOnly PurchasedOn,
    int OdometerKm,
    Guid? AssignedLeaderId,
    string? ApprovalReference,
    AcquisitionMethod? AcquisitionMethod = null);

/// <summary>The settable fields of a vehicle (PUT with If-Match). Identity (plate, VIN), price and category are not settable; disposal is its own action.</summary>
/// <param name="Brand" example="红旗">Brand, at most 50 characters.</param>
/// <param name="Model" example="H5 1.5T">Model, at most 100 characters.</param>
/// <param name="Status" example="Maintenance">Available, Maintenance or Sealed (OnTrip is set by trips; Disposed by disposal).</param>
/// <param name="AssignedLeaderId">Fixed assignment to a leader of the organ whose rank the fixed-car rank rule allows (V5), or null; never an off-road vehicle.</param>
public sealed record UpdateVehicleRequest(string Brand, string Model, VehicleStatus Status, Guid? AssignedLeaderId);

/// <summary>An official vehicle as the ledger (台账) holds it.</summary>
/// <param name="PurchasePrice" example="149800.00">CNY, 2 decimals.</param>
/// <param name="DisposalMethod">How the vehicle was disposed of, once Disposed.</param>
/// <param name="DisposalProceeds">Disposal proceeds in CNY, once Disposed.</param>
/// <param name="DomesticBrand" example="true">Deprecated: read <c>origin</c>. True exactly when the origin is DomesticBrand.</param>
/// <param name="Origin" example="DomesticBrand">Where the vehicle was made; null for a vehicle registered with domesticBrand false and no origin (unknown, flagged).</param>
/// <param name="PurchaseStandardCode" example="EmergencySupport">The purchase standard (rule code) the vehicle was registered under; null when no standard applies (e.g. SpecialTechnical).</param>
/// <param name="AcquisitionMethod" example="Purchase">How the organ came to hold the vehicle; InitialLedger for vehicles registered before the method was recorded.</param>
/// <param name="Flags">What the rules ask to look at, each with its rule id (an imported vehicle, a vehicle that is not new-energy, an unknown origin: V11); empty when none.</param>
public sealed record VehicleResponse(
    Guid Id,
    Guid OrganId,
    string Plate,
    string Vin,
    string Brand,
    string Model,
    [property: Obsolete("Read Origin (docs/adr/0027).")] bool DomesticBrand,
    VehicleOrigin? Origin,
    EnergyType EnergyType,
    BodyType BodyType,
    VehicleCategory Category,
    int Seats,
    decimal? EngineDisplacementLitres,
    decimal PurchasePrice,
    DateOnly PurchasedOn,
    int OdometerKm,
    VehicleStatus Status,
    Guid? AssignedLeaderId,
    string? ApprovalReference,
    string? PurchaseStandardCode,
    IReadOnlyList<VehicleFlag> Flags,
    DisposalMethod? DisposalMethod,
    DateOnly? DisposedOn,
    decimal? DisposalProceeds,
    AcquisitionMethod AcquisitionMethod,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A point the rules ask to look at on a vehicle (not a refusal): the rule id (e.g. V11), a stable code and a bilingual detail.</summary>
/// <param name="Rule" example="V11">The rule id.</param>
/// <param name="Code" example="vehicles.imported">Stable code: vehicles.imported, vehicles.not-new-energy, vehicles.origin-unknown.</param>
/// <param name="Detail" example="进口车辆：公务用车应配备国产汽车（中办发〔2017〕71号）。 An imported vehicle: official vehicles are to be made in China.">What the rule says.</param>
public sealed record VehicleFlag(string Rule, string Code, string Detail);

/// <summary>车辆编制 — the number of vehicles of one category an organ may hold.</summary>
/// <param name="Category" example="EmergencySupport">Vehicle category.</param>
/// <param name="Approved" example="2">Approved number of vehicles (0–10000).</param>
public sealed record QuotaItem(VehicleCategory Category, int Approved);

/// <summary>Sets an organ's whole vehicle quota (the bureau's work); categories not listed have quota 0.</summary>
/// <param name="Quotas">One line per category, each category at most once.</param>
public sealed record SetQuotasRequest(IReadOnlyList<QuotaItem> Quotas);

/// <summary>One category of an organ's quota and how much of it is used (vehicles not disposed).</summary>
public sealed record QuotaUsage(VehicleCategory Category, int Approved, int InUse);

/// <summary>An organ's vehicle quota (车辆编制) with its use.</summary>
public sealed record QuotaResponse(Guid OrganId, IReadOnlyList<QuotaUsage> Items);
