using OrganAffairs.Contracts.Common;
namespace OrganAffairs.Contracts.Vehicles;

/// <summary>A new version of a purchase standard (配备标准): the price and displacement cap of the vehicles it covers.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="Code" example="EmergencySupport">The standard's code; a version with the same code, jurisdiction and an earlier start ends the day before this one.</param>
/// <param name="Category" example="EmergencySupport">The category it covers, or null for any category.</param>
/// <param name="BodyType" example="Sedan">The body type it covers, or null for any.</param>
/// <param name="NewEnergyOnly" example="false">Covers only new-energy vehicles (BatteryElectric, PlugInHybrid, FuelCell).</param>
/// <param name="MaxPrice" example="180000.00">Price cap in CNY (2 decimals), inclusive.</param>
/// <param name="MaxEngineDisplacementLitres" example="1.8">Displacement cap in litres, inclusive; null for none.</param>
/// <param name="NeedsApproval" example="false">Whether a vehicle registered under it needs an approval reference.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force (yyyy-MM-dd).</param>
/// <param name="Source" example="党政机关公务用车管理办法（中办发〔2017〕71号）">The document the numbers come from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreatePurchaseStandardRequest(
    string Jurisdiction, string Code, VehicleCategory? Category, BodyType? BodyType, bool NewEnergyOnly,
    decimal MaxPrice, decimal? MaxEngineDisplacementLitres, bool NeedsApproval, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a purchase standard.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record PurchaseStandardResponse(
    Guid Id, string Jurisdiction, string Code, VehicleCategory? Category, BodyType? BodyType, bool NewEnergyOnly,
    decimal MaxPrice, decimal? MaxEngineDisplacementLitres, bool NeedsApproval, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>A new version of the plate rule (号牌规则): the character sets and lengths of plate numbers.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Provinces" example="京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼">Province abbreviations allowed as the first character.</param>
/// <param name="Letters" example="ABCDEFGHJKLMNPQRSTUVWXYZ">Letters allowed in the plate (I and O are not).</param>
/// <param name="OrdinaryLength" example="7">Length of an ordinary plate.</param>
/// <param name="NewEnergyLength" example="8">Length of a new-energy plate.</param>
/// <param name="BatteryElectricLetters" example="D">Serial letters marking a battery-electric vehicle.</param>
/// <param name="OtherNewEnergyLetters" example="F">Serial letters marking another new-energy vehicle (plug-in hybrid, fuel cell).</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force.</param>
/// <param name="Source" example="GA 36-2018">The document the rule comes from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreatePlateRuleRequest(
    string Jurisdiction, string Provinces, string Letters, int OrdinaryLength, int NewEnergyLength,
    string BatteryElectricLetters, string OtherNewEnergyLetters, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the plate rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record PlateRuleResponse(
    Guid Id, string Jurisdiction, string Provinces, string Letters, int OrdinaryLength, int NewEnergyLength,
    string BatteryElectricLetters, string OtherNewEnergyLetters, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>A new version of a driving-licence class (准驾车型) and the body types it covers.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Code" example="C1">Licence class code.</param>
/// <param name="BodyTypes">Body types a holder may drive.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force.</param>
/// <param name="Source" example="机动车驾驶证申领和使用规定（公安部令第162号）">The document the rule comes from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateLicenceClassRequest(string Jurisdiction, string Code, IReadOnlyList<BodyType> BodyTypes, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a licence class.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record LicenceClassResponse(
    Guid Id, string Jurisdiction, string Code, IReadOnlyList<BodyType> BodyTypes, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>
/// A new version of the fixed-car rank rule (V5): whether staff of one rank may have a fixed car (固定配备公务用车).
/// A national ceiling: a local version may withdraw a rank's fixed car, never grant one the national table does not.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Level" example="Provincial">The administrative level of the rank (ranks are per level, as in the Organs rank table).</param>
/// <param name="RankCode" example="ProvincialDeputy">The rank's code at that level.</param>
/// <param name="FixedCar" example="true">Whether staff of this rank may have a fixed car.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force.</param>
/// <param name="Source" example="党政机关公务用车管理办法（中办发〔2017〕71号）">The document the rule comes from, with its confidence.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateFixedCarRankRequest(
    string Jurisdiction, Organs.AdministrativeLevel Level, string RankCode, bool FixedCar, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of the fixed-car rank rule (V5).</summary>
/// <param name="FixedCar" example="true">Whether staff of this rank may have a fixed car.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record FixedCarRankResponse(
    Guid Id, string Jurisdiction, Organs.AdministrativeLevel Level, string RankCode, bool FixedCar, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>
/// A new version of a special plate rule (V9): a plate series such as police (警) or emergency management (应急)
/// — province + letter + serial + suffix — and the organs and categories that carry it.
/// </summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit division code.</param>
/// <param name="Code" example="Police">The series' code; a version with the same code, jurisdiction and an earlier start ends the day before this one.</param>
/// <param name="Suffix" example="警">The Chinese characters that end the plate (1–2).</param>
/// <param name="SerialLength" example="4">Digits or letters between the issuing letter and the suffix (3–6).</param>
/// <param name="Categories">The vehicle categories that may carry it (at least one).</param>
/// <param name="OrganIds">The organs that carry it (at most 500); none until the bureau names them.</param>
/// <param name="EffectiveFrom" example="2027-01-01">First day in force.</param>
/// <param name="Source" example="GA 36-2018 警用汽车号牌">The document the rule comes from, with its confidence.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateSpecialPlateRuleRequest(
    string Jurisdiction, string Code, string Suffix, int SerialLength, IReadOnlyList<VehicleCategory> Categories, IReadOnlyList<Guid> OrganIds,
    DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a special plate rule (V9).</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record SpecialPlateRuleResponse(
    Guid Id, string Jurisdiction, string Code, string Suffix, int SerialLength, IReadOnlyList<VehicleCategory> Categories, IReadOnlyList<Guid> OrganIds,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);
