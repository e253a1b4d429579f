using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Assets;

/// <summary>Registers an item of office equipment (登记资产); it starts InStock, held by nobody.</summary>
/// <param name="Tag" example="OA-2026-000123">Asset tag (资产编号), unique, 1–40 characters.</param>
/// <param name="Category" example="Computer">Category.</param>
/// <param name="Model" example="ThinkCentre M90t">Model, at most 100 characters.</param>
/// <param name="Manufacturer" example="联想">Manufacturer, at most 100 characters.</param>
/// <param name="Serial" example="SN123456">Serial number, at most 100 characters, optional.</param>
/// <param name="PurchasedOn" example="2026-03-01">Purchase date (yyyy-MM-dd), not in the future.</param>
/// <param name="PurchasePrice" example="5999.00">Purchase price in CNY, 0–100,000,000 with at most 2 decimals.</param>
/// <param name="WarrantyEndsOn" example="2029-02-28">Last day of the warranty (保修截止), optional, not before the purchase date.</param>
/// <param name="RoomId" example="3fa85f64-5717-4562-b3fc-2c963f66afa6">Room where it is kept (a room of the Buildings module), optional.</param>
public sealed record RegisterAssetRequest(
    string Tag, AssetCategory Category, string Model, string Manufacturer, string? Serial, DateOnly PurchasedOn, decimal PurchasePrice,
    DateOnly? WarrantyEndsOn, Guid? RoomId);

/// <summary>The settable descriptive fields of an asset (If-Match required).</summary>
/// <param name="Category" example="Computer">Category.</param>
/// <param name="Model" example="ThinkCentre M90t">Model.</param>
/// <param name="Manufacturer" example="联想">Manufacturer.</param>
/// <param name="Serial" example="SN123456">Serial number or null.</param>
/// <param name="WarrantyEndsOn" example="2030-02-28">Last day of the warranty or null.</param>
public sealed record UpdateAssetRequest(AssetCategory Category, string Model, string Manufacturer, string? Serial, DateOnly? WarrantyEndsOn);

/// <summary>An asset (资产) with its holder, location and state.</summary>
public sealed record AssetResponse(
    Guid Id, string Tag, AssetCategory Category, string Model, string Manufacturer, string? Serial, DateOnly PurchasedOn, decimal PurchasePrice,
    DateOnly? WarrantyEndsOn, AssetStatus Status, Guid? RoomId, Guid? HolderOrganId, Guid? HolderStaffId, bool Missing, Guid? MissingStocktakeId,
    AssetDisposalMethod? DisposalMethod, DateOnly? DisposedOn, string? DisposalReference, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Checks an asset out (领用) to an organ, or to a staff member (whose organ then holds it).</summary>
/// <param name="HolderOrganId" example="3fa85f64-5717-4562-b3fc-2c963f66afa6">The organ; required unless holderStaffId is given.</param>
/// <param name="HolderStaffId">A staff member of the organ (or, alone, any visible staff member).</param>
/// <param name="RoomId">Where the asset goes, optional.</param>
/// <param name="Note" example="新入职人员配发">At most 500 characters.</param>
public sealed record CheckoutAssetRequest(Guid? HolderOrganId, Guid? HolderStaffId, Guid? RoomId, string? Note);

/// <summary>A note on an action (check-in, repair), optional, with an optional room for check-in.</summary>
/// <param name="RoomId">Room the asset returns to, optional.</param>
/// <param name="Note" example="屏幕故障">At most 500 characters.</param>
public sealed record AssetActionRequest(Guid? RoomId, string? Note);

/// <summary>Moves an asset to another room (调拨位置).</summary>
/// <param name="RoomId">The room it is now in.</param>
/// <param name="Note" example="搬至 305 室">At most 500 characters.</param>
public sealed record MoveAssetRequest(Guid RoomId, string? Note);

/// <summary>Disposes of an asset (处置); it stays on record.</summary>
/// <param name="Method" example="Scrap">How it left the books.</param>
/// <param name="DisposedOn" example="2026-11-30">Disposal date; not in the future.</param>
/// <param name="Reference" example="财资处〔2032〕12号">Approval document of the disposal, required.</param>
/// <param name="AppraisalReference" example="鉴定〔2028〕3号">Technical appraisal of damage (技术鉴定) that allows disposal before the end of the service life.</param>
public sealed record DisposeAssetRequest(AssetDisposalMethod Method, DateOnly DisposedOn, string Reference, string? AppraisalReference);

/// <summary>Clears the missing flag (盘亏核销/找回) of an asset.</summary>
/// <param name="RoomId">Room it was found in, optional.</param>
/// <param name="Note" example="在档案室找回">What happened, required.</param>
public sealed record ResolveMissingRequest(Guid? RoomId, string Note);

/// <summary>One entry of an asset's history (履历).</summary>
public sealed record AssetEventResponse(
    Guid Id, Guid AssetId, AssetEventKind Kind, DateTimeOffset OccurredAt, Guid? HolderOrganId, Guid? HolderStaffId, Guid? RoomId, Guid? ReservationId, string? Note, string Principal);

/// <summary>An asset with the date its service life ends (使用年限届满) under the rule in force.</summary>
public sealed record EndOfLifeResponse(AssetResponse Asset, int ServiceLifeYears, DateOnly EndOfLifeOn, string Source);

/// <summary>Per organ and category: how many assets it holds, their purchase value and how many are flagged missing.</summary>
public sealed record HoldingRow(Guid OrganId, string OrganName, AssetCategory Category, int Count, decimal TotalValue, int Missing);

/// <summary>The per-organ holdings report (资产占有情况).</summary>
public sealed record HoldingsReportResponse(DateOnly On, IReadOnlyList<HoldingRow> Rows);

/// <summary>A new version of the service life (使用年限) of a category.</summary>
/// <param name="Jurisdiction" example="national">"national" or a 6-digit GB/T 2260 division code.</param>
/// <param name="Category" example="Computer">The category.</param>
/// <param name="Years" example="6">Minimum years of use before disposal, 1–50.</param>
/// <param name="EffectiveFrom" example="2026-01-01">First day in force.</param>
/// <param name="Source" example="政府会计准则第3号——固定资产 应用指南（财会〔2017〕4号）">The document the number comes from.</param>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record CreateServiceLifeRuleRequest(string Jurisdiction, AssetCategory Category, int Years, DateOnly EffectiveFrom, string Source, Guid? DocumentId = null) : ICitesRuleDocument;

/// <summary>A version of a service-life rule.</summary>
/// <param name="DocumentId">Id of the document in the rules register (制度) that set this version, or null (GET /api/v1/guidance/documents/{id}); a request citing one the register does not hold is 400 `rules.document-not-found`.</param>
public sealed record ServiceLifeRuleResponse(
    Guid Id, string Jurisdiction, AssetCategory Category, int Years, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, Guid? DocumentId);

/// <summary>
/// Cross-module query: one asset as the caller may see it (an ordinary organ sees the assets it holds and those it has reserved;
/// the bureau and the system every one), or null when it does not exist or is not visible.
/// </summary>
public sealed record FindAssetQuery(Guid AssetId) : MediatR.IRequest<AssetResponse?>;
