using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using OrganAffairs.Tests.Integration.Buildings;
using OrganAffairs.Tests.Integration.Energy;
using OrganAffairs.Tests.Integration.Logistics;
using OrganAffairs.Tests.Integration.Costs;
using OrganAffairs.Tests.Integration.Reception;
using Xunit;

namespace OrganAffairs.Tests.Integration.Jurisdiction;

/// <summary>
/// Lower-level bureaus (docs/adr/0022): under the city (the configured top bureau, 320100) two county
/// bureaus, 320102 and 320104, each with an ordinary organ that holds a record in every module. The
/// county bureau's key sees its county's records in every list and get and 404 for the other county's;
/// the city bureau sees all; an ordinary organ still sees only its own. Every GET operation of the
/// served contract is in <see cref="Catalogue"/>, so a new one cannot be missed silently.
/// </summary>
public abstract partial class JurisdictionScopeTests(ApiFixture fixture)
{
    private const int Year = 2026;
    private HttpClient Admin => fixture.Client;

    private static readonly string[] AllScopes =
        ["admin", "organs.read", "organs.write", "buildings.read", "buildings.write", "vehicles.read", "vehicles.write", "assets.read", "assets.write", "energy.read", "energy.write", "reception.read", "reception.write", "foreign-affairs.read", "foreign-affairs.write", "foreign-affairs.personal-data", "logistics.read", "logistics.write", "guidance.read", "guidance.write", "costs.read", "costs.write"];

    /// <summary>One county: its bureau, an ordinary organ, and one record of each kind for that organ.</summary>
    private sealed class County
    {
        public required string Division { get; init; }
        public Guid Bureau { get; set; }
        public Guid Organ { get; set; }
        public Guid Staff { get; set; }
        public Guid Key { get; set; }
        public Guid Office { get; set; }
        public Guid Allocation { get; set; }
        public Guid Assignment { get; set; }
        public Guid RoomUse { get; set; }
        public Guid Booking { get; set; }
        public Guid Vehicle { get; set; }
        public Guid Driver { get; set; }
        public Guid Trip { get; set; }
        public Guid Asset { get; set; }
        public Guid ReservedAsset { get; set; }
        public Guid Reservation { get; set; }
        public Guid Stocktake { get; set; }
        public Guid Institution { get; set; }
        public Guid Meter { get; set; }
        public Guid Letter { get; set; }
        public Guid Reception { get; set; }
        public Guid Visit { get; set; }
        public Guid Delegation { get; set; }
        public Guid Agreement { get; set; }
        public Guid WorkOrder { get; set; }
        public Guid MaintenancePlan { get; set; }
        public string BureauKey { get; set; } = "";
        public string OrganKey { get; set; } = "";

        /// <summary>Every id that belongs to this county: none may appear in an answer to another county's bureau.</summary>
        public IReadOnlyList<Guid> Ids => [Bureau, Organ, Staff, Key, Allocation, Assignment, Booking, Vehicle, Driver, Trip, Asset, ReservedAsset, Reservation, Stocktake, Institution, Meter, Letter, Reception, Visit, Delegation, Agreement, WorkOrder, MaintenancePlan];
    }

    private sealed record World(County A, County B, Guid MeetingRoom);

    /// <summary>How a GET operation meets the organ scope.</summary>
    private abstract record Probe;

    /// <summary>A list or report: the caller's visible counties' <c>Marker</c> ids appear, no id of an invisible county does.</summary>
    private sealed record ListProbe(Func<World, string> Url, Func<County, Guid?> Marker) : Probe;

    /// <summary>One county's record: 200 when the caller sees the county, 404 otherwise.</summary>
    private sealed record GetProbe(Func<World, County, string> Url) : Probe;

    /// <summary>Not about organs' records (rule tables, the calendar, the shared building stock): no organ filter applies.</summary>
    private sealed record Unscoped(string Why) : Probe;

    private static readonly Unscoped RuleTable = new("a rule table: national and local rules apply to all ('read up')");
    private static readonly Unscoped Space = new("the building stock is the top bureau's, not an organ's record");
    private static readonly Unscoped Calendar = new("the business calendar is rule data");
    private static readonly Unscoped Webhooks = new("webhook subscriptions are the deployment's: only principals who see all organs manage them (403 otherwise, WebhooksApiTests)");

    private static ListProbe List(string url, Func<County, Guid?> marker) => new(_ => url, marker);

    private static GetProbe Get(Func<County, string> url) => new((_, c) => url(c));

    /// <summary>Every GET operation of the contract, and how the organ scope shows in it.</summary>
    private static readonly IReadOnlyDictionary<string, Probe> Catalogue = new Dictionary<string, Probe>
    {
        ["Access_ListApiKeys"] = List("/api/v1/access/api-keys?pageSize=200", c => c.Key),
        ["Access_GetApiKey"] = Get(c => $"/api/v1/access/api-keys/{c.Key}"),
        ["Assets_ListAssets"] = List("/api/v1/assets?pageSize=200", c => c.Asset),
        ["Assets_GetAsset"] = Get(c => $"/api/v1/assets/{c.Asset}"),
        ["Assets_ListAssetHistory"] = Get(c => $"/api/v1/assets/{c.Asset}/history"),
        ["Assets_ListWarranty"] = List("/api/v1/assets/warranty?withinDays=3650&pageSize=200", c => c.Asset),
        ["Assets_ListEndOfLife"] = List("/api/v1/assets/end-of-life?withinDays=3660&pageSize=200", c => c.Organ),
        ["Assets_GetHoldingsReport"] = List("/api/v1/assets/reports/holdings", c => c.Organ),
        ["Assets_ListReservations"] = List("/api/v1/assets/reservations?pageSize=200", c => c.Reservation),
        ["Assets_GetReservation"] = Get(c => $"/api/v1/assets/reservations/{c.Reservation}"),
        ["Assets_ListServiceLifeRules"] = RuleTable,
        ["Assets_ListStocktakes"] = List("/api/v1/assets/stocktakes?pageSize=200", c => c.Stocktake),
        ["Assets_GetStocktake"] = Get(c => $"/api/v1/assets/stocktakes/{c.Stocktake}"),
        ["Assets_GetStocktakeReport"] = Get(c => $"/api/v1/assets/stocktakes/{c.Stocktake}/report"),
        ["Audit_ListAuditEntries"] = List("/api/v1/audit?pageSize=200", c => c.Organ),
        ["Problems_ListProblemCodes"] = new Unscoped("the error-code catalogue: public, the same for everyone"),
        ["Buildings_GetOrganAreaSummary"] = Get(c => $"/api/v1/buildings/organs/{c.Organ}/area-summary"),
        ["Buildings_ListOverStandardOrgans"] = List("/api/v1/buildings/findings/over-standard-organs?pageSize=200", _ => null),
        ["Buildings_ListAllocations"] = List("/api/v1/buildings/allocations?pageSize=200", c => c.Allocation),
        ["Buildings_GetAllocation"] = Get(c => $"/api/v1/buildings/allocations/{c.Allocation}"),
        ["Buildings_ListRoomUses"] = List("/api/v1/buildings/room-uses?pageSize=200", c => c.RoomUse),
        ["Buildings_ListBookings"] = List("/api/v1/buildings/bookings?pageSize=200", c => c.Booking),
        ["Buildings_GetBooking"] = Get(c => $"/api/v1/buildings/bookings/{c.Booking}"),
        ["Buildings_ListStaffOfficeFindings"] = List("/api/v1/buildings/findings/staff-offices?pageSize=200", c => c.Assignment),
        ["Buildings_ListAssignments"] = List("/api/v1/buildings/assignments?pageSize=200", c => c.Assignment),
        ["Buildings_GetAssignment"] = Get(c => $"/api/v1/buildings/assignments/{c.Assignment}"),
        ["Buildings_ListOfficeStandards"] = RuleTable,
        ["Buildings_ListRecoveryCases"] = List("/api/v1/buildings/recovery-cases?pageSize=200", _ => null),
        ["Buildings_GetRecoveryCase"] = new Unscoped("covered by RecoveryTests: a case is opened only by releasing an overdue allocation"),
        ["Buildings_ListDeadlineRules"] = RuleTable,
        ["Buildings_ListOfficeCountRules"] = RuleTable,
        ["Buildings_GetOrganAreasReport"] = List("/api/v1/buildings/reports/organ-areas?pageSize=200", c => c.Organ),
        ["Buildings_GetPublicationReport"] = List($"/api/v1/buildings/reports/publication?year={Year}", c => c.Organ),
        ["Buildings_GetLeaderOfficesReport"] = List($"/api/v1/buildings/reports/leader-offices?year={Year}", _ => null),
        ["Buildings_ListAnnualSubmissions"] = List($"/api/v1/buildings/annual-submissions?year={Year}", c => c.Organ),
        ["Buildings_GetVacantRoomsReport"] = List("/api/v1/buildings/reports/vacant-rooms?pageSize=200", _ => null),
        ["Buildings_ListBuildings"] = Space,
        ["Buildings_GetBuilding"] = Space,
        ["Buildings_ListFloors"] = Space,
        ["Buildings_ListRooms"] = Space,
        ["Buildings_GetRoom"] = Space,
        ["Buildings_GetAvailability"] = Space,
        ["Buildings_GetRoomCalendar"] = new ListProbe(w => $"/api/v1/buildings/rooms/{w.MeetingRoom}/calendar?from={Window(0):yyyy-MM-ddTHH:mm:ssZ}&to={Window(30):yyyy-MM-ddTHH:mm:ssZ}", c => c.Booking),
        ["Calendar_GetDate"] = Calendar,
        ["Calendar_AddWorkingDays"] = Calendar,
        ["Calendar_GetWorkingMinutes"] = Calendar,
        ["Calendar_GetYear"] = Calendar,
        ["Calendar_ListDays"] = Calendar,
        ["Calendar_GetDay"] = Calendar,
        ["Calendar_ListWorkingHours"] = Calendar,
        ["Energy_ListAnnualReports"] = List($"/api/v1/energy/annual-reports?year={Year}", c => c.Institution),
        ["Energy_GetAnnualReport"] = Get(c => $"/api/v1/energy/institutions/{c.Institution}/annual-reports/{Year}"),
        ["Energy_GetIndicators"] = Get(c => $"/api/v1/energy/indicators?organId={c.Organ}&period=Year&year={Year}"),
        ["Energy_ListYearOverYearAnomalies"] = List($"/api/v1/energy/anomalies/year-over-year?month={Year}-01", _ => null),
        ["Energy_ListSilentMeters"] = List("/api/v1/energy/anomalies/silent-meters?days=1", c => c.Meter),
        ["Energy_ListInstitutions"] = List("/api/v1/energy/institutions?pageSize=200", c => c.Institution),
        ["Energy_GetInstitution"] = Get(c => $"/api/v1/energy/institutions/{c.Institution}"),
        ["Energy_ListYearlyStatistics"] = Get(c => $"/api/v1/energy/institutions/{c.Institution}/statistics"),
        ["Energy_GetMeter"] = Get(c => $"/api/v1/energy/meters/{c.Meter}"),
        ["Energy_ListMeters"] = List("/api/v1/energy/meters?pageSize=200", c => c.Meter),
        ["Energy_ListMeterReplacements"] = Get(c => $"/api/v1/energy/meters/{c.Meter}/replacements"),
        ["Energy_ListOverruns"] = List("/api/v1/energy/overruns?pageSize=200", _ => null),
        ["Energy_GetQuotaProgress"] = Get(c => $"/api/v1/energy/institutions/{c.Institution}/quotas/{Year}"),
        ["Energy_GetTargetProgress"] = Get(c => $"/api/v1/energy/institutions/{c.Institution}/target-progress?year={Year}"),
        ["Energy_ListReadings"] = Get(c => $"/api/v1/energy/meters/{c.Meter}/readings"),
        ["Energy_GetImport"] = new Unscoped("covered by EnergyImportTests (an import belongs to the importing principal's organ)"),
        ["Energy_ListImportErrors"] = new Unscoped("covered by EnergyImportTests (an import belongs to the importing principal's organ)"),
        ["Energy_ListStandardCoalCoefficients"] = RuleTable,
        ["Energy_ListCo2Factors"] = RuleTable,
        ["Energy_ListFuelDensities"] = RuleTable,
        ["Energy_ListPlanTargets"] = RuleTable,
        ["Energy_ListSettings"] = RuleTable,
        ["Energy_ListPartitions"] = new Unscoped("admin scope, top bureau only (EnsureSeesAll): database storage, no organ's data; EnergyPartitionRouteTests"),
        ["Costs_GetBudget"] = Get(c => $"/api/v1/costs/budgets/{c.Organ}/{Year}"),
        ["Costs_GetFinalAccount"] = Get(c => $"/api/v1/costs/final-accounts/{c.Organ}/{Year}"),
        ["Costs_GetDisclosure"] = Get(c => $"/api/v1/costs/disclosures/{c.Organ}/{Year}?kind=Budget"),
        ["Costs_GetActuals"] = Get(c => $"/api/v1/costs/actuals/{c.Organ}/{Year}"),
        ["Costs_GetReconciliation"] = Get(c => $"/api/v1/costs/reconciliation/{c.Organ}/{Year}"),
        ["Costs_GetTrainingCost"] = Get(c => $"/api/v1/costs/training-costs/{c.Organ}/{Year}"),
        ["Costs_GetOperatingCost"] = Get(c => $"/api/v1/costs/operating-costs/{c.Organ}/{Year}"),
        ["Costs_ListDisclosureDueRules"] = RuleTable,
        ["Costs_ListChangeReasonRules"] = RuleTable,
        ["Costs_GetDisclosureRollup"] = new Unscoped("covered by CostsRollupTests: a bureau's roll-up answers 404 for a bureau the caller cannot see and sums only within the caller's scope"),
        ["ForeignAffairs_ListVisits"] = List("/api/v1/foreign-affairs?pageSize=200", c => c.Visit),
        ["ForeignAffairs_GetVisit"] = Get(c => $"/api/v1/foreign-affairs/{c.Visit}"),
        ["ForeignAffairs_ListVisitMembers"] = Get(c => $"/api/v1/foreign-affairs/{c.Visit}/members"),
        ["ForeignAffairs_ListExpenses"] = Get(c => $"/api/v1/foreign-affairs/{c.Visit}/expenses"),
        ["ForeignAffairs_ListExpenseRules"] = RuleTable,
        ["ForeignAffairs_ListDelegationStandards"] = RuleTable,
        ["ForeignAffairs_GetDelegation"] = Get(c => $"/api/v1/foreign-affairs/incoming/{c.Delegation}"),
        ["ForeignAffairs_GetAgreement"] = Get(c => $"/api/v1/foreign-affairs/agreements/{c.Agreement}"),
        ["ForeignAffairs_ListExpiringAgreements"] = List("/api/v1/foreign-affairs/agreements/expiring?withinDays=3650&asOf=2026-01-01", c => c.Agreement),
        ["ForeignAffairs_ListOverdueDocuments"] = List("/api/v1/foreign-affairs/documents/overdue?pageSize=200", _ => null),
        ["ForeignAffairs_ListLimits"] = RuleTable,
        ["ForeignAffairs_ListDeadlines"] = RuleTable,
        ["ForeignAffairs_ListHandBackRules"] = RuleTable,
        ["ForeignAffairs_GetPlan"] = Get(c => $"/api/v1/foreign-affairs/plans/{c.Organ}/{Year + 1}"),
        ["ForeignAffairs_GetVisitsReport"] = List($"/api/v1/foreign-affairs/reports/visits?year={Year + 1}", _ => null),
        ["ForeignAffairs_GetOverdueReport"] = List("/api/v1/foreign-affairs/reports/overdue", _ => null),
        ["ForeignAffairs_GetIncomingReport"] = List($"/api/v1/foreign-affairs/reports/incoming?year={Year}", c => c.Delegation),
        ["ForeignAffairs_GetAgreementsReport"] = List("/api/v1/foreign-affairs/reports/agreements", c => c.Agreement),
        // The dashboard's rows arrive through the outbox: no marker is awaited here, but no other county's id may show
        // (GuidanceViolationTests awaits them and checks both ways, and the 404 of another county's violation).
        ["Guidance_ListViolations"] = List("/api/v1/guidance/violations?pageSize=200", _ => null),
        ["Guidance_GetViolationDashboard"] = List("/api/v1/guidance/violations/dashboard", _ => null),
        ["Guidance_ListRuleDocuments"] = RuleTable,
        ["Guidance_GetRuleDocument"] = RuleTable,
        ["Guidance_GetViolation"] = new Unscoped("covered by GuidanceViolationTests: a violation reaches the dashboard through the outbox"),
        ["Guidance_ListReportTypes"] = RuleTable,
        ["Guidance_GetReportType"] = RuleTable,
        ["Guidance_ListReportDueRules"] = RuleTable,
        ["Guidance_ListReportCycles"] = new Unscoped("covered by GuidanceReportingTests: cycles are opened by the top bureau for chosen bureaus"),
        ["Guidance_GetReportCycle"] = new Unscoped("covered by GuidanceReportingTests (another county's cycle is 404)"),
        ["Guidance_GetReportSummary"] = new Unscoped("covered by GuidanceReportingTests (another county's summary is 404, a county's own covers itself)"),
        ["Guidance_GetReportSubmission"] = new Unscoped("covered by GuidanceReportingTests (another county's submission is 404)"),
        ["Guidance_GetInspectionPlan"] = new Unscoped("the city bureau's annual plan, read by every guidance reader"),
        ["Guidance_GetChecklistTemplate"] = RuleTable,
        ["Guidance_ListRectificationDueRules"] = RuleTable,
        ["Guidance_GetCampaign"] = new Unscoped("covered by GuidanceInspectionTests (an undrawn county's unpublished campaign is 404; a drawn one sees its own units)"),
        ["Guidance_GetFinding"] = new Unscoped("covered by GuidanceInspectionTests (another county's finding is 404)"),
        ["Guidance_ListFindings"] = new Unscoped("covered by GuidanceInspectionTests (a county lists its own findings only)"),
        ["Guidance_ListCampaigns"] = new Unscoped("covered by GuidanceInspectionTests (an undrawn county does not list an unpublished campaign; a drawn one does)"),
        ["Guidance_ListDocumentTimerRules"] = RuleTable,
        ["Guidance_ListDocumentReminders"] = new Unscoped("covered by GuidanceRegisterLifecycleTests (a county's reminders are its own acknowledgements only)"),
        ["Guidance_ListDocumentDistributions"] = new Unscoped("covered by GuidanceRegisterLifecycleTests (a county lists its own distribution only)"),
        ["Guidance_GetBureauRankings"] = new Unscoped("covered by GuidanceInspectionTests (a county's key gets its own row only)"),
        ["Organs_ListOrgans"] = List("/api/v1/organs?pageSize=200", c => c.Organ),
        ["Organs_GetOrgan"] = Get(c => $"/api/v1/organs/{c.Organ}"),
        ["Organs_ListRanks"] = RuleTable,
        ["Organs_ListStaffMembers"] = List("/api/v1/organs/staff?pageSize=200", c => c.Staff),
        ["Organs_GetStaffMember"] = Get(c => $"/api/v1/organs/staff/{c.Staff}"),
        ["Logistics_ListWorkOrders"] = List("/api/v1/logistics/work-orders?pageSize=200", c => c.WorkOrder),
        ["Logistics_GetWorkOrder"] = Get(c => $"/api/v1/logistics/work-orders/{c.WorkOrder}"),
        ["Logistics_ListWorkOrderHistory"] = Get(c => $"/api/v1/logistics/work-orders/{c.WorkOrder}/history"),
        ["Logistics_GetMaintenancePlan"] = Get(c => $"/api/v1/logistics/maintenance-plans/{c.MaintenancePlan}"),
        ["Logistics_ListCatalogueItems"] = RuleTable,
        ["Logistics_ListSlaPolicies"] = RuleTable,
        ["Logistics_ListReopenWindows"] = RuleTable,
        ["Logistics_ListMeetingClasses"] = RuleTable,
        ["Logistics_GetMeeting"] = new Unscoped("covered by LogisticsMeetingTests: another organ's meeting answers 404 (scoped by MeetingRepository.GetVisibleAsync); a county probe is owed"),
        ["Logistics_ListMeetings"] = new Unscoped("covered by LogisticsMeetingTests: another organ's list is empty (SqlFilter.Scoped on organ_id); a county probe is owed"),
        ["Logistics_ListContractTerms"] = RuleTable,
        ["Logistics_ListServiceOrders"] = new Unscoped("covered by LogisticsServiceOrderTests: a service order reaches Logistics through the outbox from a booking"),
        ["Logistics_GetServiceOrder"] = new Unscoped("covered by LogisticsServiceOrderTests: a service order reaches Logistics through the outbox from a booking"),
        ["Logistics_ListContracts"] = new Unscoped("property-service contracts are the bureau's data, read by every logistics reader"),
        ["Logistics_GetContract"] = new Unscoped("property-service contracts are the bureau's data, read by every logistics reader"),
        ["Logistics_AssessProviders"] = new Unscoped("the bureau's own report (403 auth.bureau-only for anyone else)"),
        ["Logistics_GetSurvey"] = new Unscoped("surveys are the bureau's data, read by every logistics reader (a sampled requester reads the questions)"),
        ["Logistics_ListSurveys"] = new Unscoped("surveys are the bureau's data, read by every logistics reader (as Logistics_GetSurvey)"),
        ["Logistics_ListSurveySample"] = new Unscoped("the bureau's own list (403 auth.bureau-only for anyone else, LogisticsSatisfactionTests)"),
        ["Logistics_GetSurveyResults"] = new Unscoped("the bureau's own report (403 auth.bureau-only for anyone else, LogisticsSatisfactionTests)"),
        ["Logistics_GetCanteenWasteReport"] = new Unscoped("the bureau's own report (403 auth.bureau-only for anyone else, LogisticsCanteenTests)"),
        ["Logistics_GetOpenWorkOrdersReport"] = List("/api/v1/logistics/reports/open-work-orders", c => c.Organ),
        ["Logistics_GetPlanCompletionReport"] = List("/api/v1/logistics/reports/plan-completion?from=2026-01&to=2027-12", _ => null),
        ["Logistics_GetSlaAttainmentReport"] = new Unscoped("providers' figures are the bureau's (403 auth.bureau-only for anyone else, LogisticsReportTests)"),
        ["Logistics_GetSatisfactionReport"] = new Unscoped("providers' figures are the bureau's (403 auth.bureau-only for anyone else, LogisticsReportTests)"),
        ["Logistics_ListMaintenancePlans"] = List("/api/v1/logistics/maintenance-plans?pageSize=200", c => c.MaintenancePlan),
        ["Logistics_ListContractAmendments"] = new Unscoped("property-service contracts are the bureau's data, read by every logistics reader (as Logistics_GetContract)"),
        ["Logistics_ListAssessmentWeights"] = RuleTable,
        ["Logistics_ListContractCharges"] = new Unscoped("covered by LogisticsCostTests: an organ lists only its own charges of a contract (OrganScope.VisibleAsync)"),
        ["Reception_ListLetters"] = List("/api/v1/reception/letters?pageSize=200", c => c.Letter),
        ["Reception_GetLetter"] = Get(c => $"/api/v1/reception/letters/{c.Letter}"),
        ["Reception_ListReceptions"] = List("/api/v1/reception?pageSize=200", c => c.Reception),
        ["Reception_GetReception"] = Get(c => $"/api/v1/reception/{c.Reception}"),
        ["Reception_ListCosts"] = Get(c => $"/api/v1/reception/{c.Reception}/costs"),
        ["Reception_ListReceptionLists"] = Get(c => $"/api/v1/reception/{c.Reception}/lists"),
        ["Reception_GetReimbursementPack"] = Get(c => $"/api/v1/reception/{c.Reception}/pack"),
        ["Reception_GetCostReport"] = List($"/api/v1/reception/reports/costs?year={Year}", c => c.Organ),
        ["Reception_GetOverStandardReport"] = List($"/api/v1/reception/reports/over-standard?from={Year}-01-01&to={Year}-12-31", c => c.Reception),
        ["Reception_GetSenderReport"] = List($"/api/v1/reception/reports/senders?year={Year}", _ => null),
        ["Reception_GetCap"] = Get(c => $"/api/v1/reception/caps/{c.Organ}/{Year}"),
        ["Reception_ListDiningRules"] = RuleTable,
        ["Reception_ListMealStandards"] = RuleTable,
        ["Reception_ListBannedItems"] = RuleTable,
        ["Reception_ListSameCityRules"] = RuleTable,
        ["Vehicles_GetCostReport"] = List($"/api/v1/vehicles/reports/costs?from={Year}-01&to={Year}-12", c => c.Organ),
        ["Vehicles_GetFleetReport"] = List($"/api/v1/vehicles/reports/fleet?fromYear={Year}&toYear={Year}", _ => null),
        ["Vehicles_ListVehicles"] = List("/api/v1/vehicles?pageSize=200", c => c.Vehicle),
        ["Vehicles_GetVehicle"] = Get(c => $"/api/v1/vehicles/{c.Vehicle}"),
        ["Vehicles_ListCosts"] = Get(c => $"/api/v1/vehicles/{c.Vehicle}/costs"),
        ["Vehicles_GetRenewalEligibility"] = Get(c => $"/api/v1/vehicles/{c.Vehicle}/renewal-eligibility"),
        ["Vehicles_ListReminders"] = List("/api/v1/vehicles/reminders?pageSize=200", _ => null),
        ["Vehicles_ListDrivers"] = List("/api/v1/vehicles/drivers?pageSize=200", c => c.Driver),
        ["Vehicles_GetDriver"] = Get(c => $"/api/v1/vehicles/drivers/{c.Driver}"),
        ["Vehicles_GetQuotas"] = Get(c => $"/api/v1/vehicles/quotas/{c.Organ}"),
        ["Vehicles_ListPurchaseStandards"] = RuleTable,
        ["Vehicles_ListPlateRules"] = RuleTable,
        ["Vehicles_ListLicenceClasses"] = RuleTable,
        ["Vehicles_ListRenewalRules"] = RuleTable,
        ["Vehicles_ListFixedCarRanks"] = RuleTable,
        ["Vehicles_ListSpecialPlateRules"] = RuleTable,
        ["Vehicles_ListNewEnergyTargets"] = RuleTable,
        ["Vehicles_ListTrips"] = List("/api/v1/vehicles/trips?pageSize=200", c => c.Trip),
        ["Vehicles_GetTrip"] = Get(c => $"/api/v1/vehicles/trips/{c.Trip}"),
        ["Vehicles_ListSealedPeriods"] = RuleTable,
        ["Webhooks_ListEventTypes"] = Webhooks,
        ["Webhooks_ListSubscriptions"] = Webhooks,
        ["Webhooks_GetSubscription"] = Webhooks,
        ["Webhooks_ListDeliveries"] = Webhooks,
    };

    private static DateTimeOffset Window(int days, int hour = 1) =>
        new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(hour);

    [ProviderFact]
    public async Task The_catalogue_names_every_GET_operation_of_the_contract()
    {
        var document = JsonDocument.Parse(await Admin.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var served = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name == "get").Select(o => o.Value.GetProperty("operationId").GetString()!))
            .Where(id => id.Contains('_', StringComparison.Ordinal) && !id.StartsWith("Health", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(served.Except(Catalogue.Keys).Order());
        Assert.Empty(Catalogue.Keys.Except(served).Order());
    }

    [ProviderFact]
    public async Task A_county_bureau_sees_its_county_in_every_module_the_city_sees_all_and_an_organ_its_own()
    {
        var world = await WorldAsync();
        var callers = new (string Name, HttpClient Client, County[] Visible, Guid[] Hidden)[]
        {
            ("county bureau A", fixture.ClientFor(fixture.Factory, world.A.BureauKey), [world.A], [.. world.B.Ids]),
            ("city bureau", Admin, [world.A, world.B], []),
            ("ordinary organ A", fixture.ClientFor(fixture.Factory, world.A.OrganKey), [world.A], [.. world.B.Ids, world.A.Bureau]),
        };
        // Every operation is tried for every caller; the failures are reported together.
        var failures = new List<string>();
        foreach (var (name, client, visible, hidden) in callers)
        {
            foreach (var (operation, probe) in Catalogue.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                try
                {
                    await ProbeAsync(world, client, visible, hidden, $"{name}: {operation}", probe);
                }
                catch (Xunit.Sdk.XunitException ex)
                {
                    failures.Add(ex.Message);
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // An ordinary organ does not see its own county's bureau, nor its bureau another organ of the county's.
        var ordinary = fixture.ClientFor(fixture.Factory, world.A.OrganKey);
        await AssertNotFoundAsync(ordinary, $"/api/v1/organs/{world.A.Bureau}", "ordinary organ A Organs_GetOrgan of its bureau");
        var organs = await (await fixture.ClientFor(fixture.Factory, world.A.BureauKey).GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Contains(organs.Items, o => o.Id == world.A.Bureau);
        Assert.Contains(organs.Items, o => o.Id == world.A.Organ);
        Assert.All(organs.Items, o => Assert.StartsWith("320102", o.DivisionCode, StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task A_county_bureau_manages_down_but_cannot_reach_another_county_or_do_the_tops_work()
    {
        var a = await CountyOrgansAsync("320102");
        var b = await CountyOrgansAsync("320104");
        var county = fixture.ClientFor(fixture.Factory, a.BureauKey);

        // Acts on its county's organs' records, like the organ itself would.
        var staff = await (await county.PostJsonAsync("/api/v1/organs/staff", new { name = "周九", organId = a.Organ, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        Assert.Equal(a.Organ, staff.OrganId);
        await (await county.PostJsonAsync("/api/v1/vehicles/drivers", new { organId = a.Organ, name = "王师傅", licenceClass = "C1", licenceExpiresOn = "2035-12-31" }))
            .ReadAsync<DriverResponse>(HttpStatusCode.Created);

        // Another county's organ is a reference that does not resolve: the same 400 as a missing organ.
        var problem = await (await county.PostJsonAsync("/api/v1/organs/staff", new { name = "吴十", organId = b.Organ, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:organs.organ-ref-not-found", problem.FieldErrors());
        await (await county.PostJsonAsync("/api/v1/vehicles/drivers", new { organId = b.Organ, name = "王师傅", licenceClass = "C1", licenceExpiresOn = "2035-12-31" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await county.PutJsonAsync($"/api/v1/organs/{b.Organ}", new { name = "甲", divisionCode = "320104", level = "County", type = "Court" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");

        // A bearer token whose organ claim names the bureau has the same jurisdiction.
        var bearer = fixture.AnonymousClient();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestJwt.Token(a.Bureau, "organs.read"));
        await (await bearer.GetAsync($"/api/v1/organs/{a.Organ}")).ReadAsync<OrganResponse>();
        await AssertNotFoundAsync(bearer, $"/api/v1/organs/{b.Organ}", "a bearer token of county bureau A");

        // Its organs stay in its jurisdiction; the flag and registering organs are the top bureau's.
        var organ = await (await county.GetAsync($"/api/v1/organs/{a.Organ}")).ReadAsync<OrganResponse>();
        await (await county.PutJsonAsync($"/api/v1/organs/{a.Organ}", new { name = organ.Name, divisionCode = "320104", level = "County", type = "GovernmentDepartment" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await county.PutJsonAsync($"/api/v1/organs/{a.Organ}", new { name = organ.Name, divisionCode = "320102", level = "County", type = "GovernmentDepartment", isBureau = true }, "\"1\""))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await county.PostJsonAsync("/api/v1/organs", CountyOrgan("320102", bureau: false))).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        var renamed = await (await county.PutJsonAsync($"/api/v1/organs/{a.Organ}", new { name = "县档案局", divisionCode = "320102", level = "County", type = "GovernmentDepartment" }, "\"1\""))
            .ReadAsync<OrganResponse>();
        Assert.Equal(("县档案局", false), (renamed.Name, renamed.IsBureau));
    }

    [ProviderFact]
    public async Task The_bureau_flag_is_one_per_division_code_and_set_only_by_the_top_bureau()
    {
        var division = "3201" + Random.Shared.Next(10, 99).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var first = await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan(division, bureau: true))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.True(first.IsBureau);
        Assert.True((await (await Admin.GetAsync($"/api/v1/organs/{first.Id}")).ReadAsync<OrganResponse>()).IsBureau);
        Assert.Contains((await (await Admin.GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>()).Items, o => o.Id == first.Id && o.IsBureau);

        // A second active bureau of the code, registered or flagged, is 409; the city's own code belongs to the top bureau.
        // A flag that is not a boolean is malformed; nothing is written either way.
        var before = await fixture.CountAsync("organs_organ");
        var malformed = $$"""{"name":"县局","divisionCode":"{{division}}","unifiedSocialCreditCode":"{{TestData.Uscc(division)}}","level":"County","type":"GovernmentDepartment","isBureau":"yes"}""";
        var bad = await (await Admin.PostRawAsync("/api/v1/organs", malformed)).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Contains("isBureau:request.malformed", bad.FieldErrors());
        await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan(division, bureau: true))).ProblemAsync(HttpStatusCode.Conflict, "organs.bureau-exists");
        await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan("320100", bureau: true))).ProblemAsync(HttpStatusCode.Conflict, "organs.bureau-exists");
        Assert.Equal(before, await fixture.CountAsync("organs_organ"));
        var second = await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan(division, bureau: false))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await (await Admin.PutJsonAsync($"/api/v1/organs/{second.Id}", Update(second, isBureau: true), "\"1\"")).ProblemAsync(HttpStatusCode.Conflict, "organs.bureau-exists");

        // Omitting isBureau keeps it; unflagging the first frees the code for the second.
        var kept = await (await Admin.PutJsonAsync($"/api/v1/organs/{first.Id}", Update(first, isBureau: null), "\"1\"")).ReadAsync<OrganResponse>();
        Assert.True(kept.IsBureau);
        await (await Admin.PutJsonAsync($"/api/v1/organs/{first.Id}", Update(first, isBureau: false), "\"2\"")).ReadAsync<OrganResponse>();
        var flagged = await (await Admin.PutJsonAsync($"/api/v1/organs/{second.Id}", Update(second, isBureau: true), "\"1\"")).ReadAsync<OrganResponse>();
        Assert.True(flagged.IsBureau);

        // The directory follows every change in the same transaction.
        Assert.Equal(1, await fixture.CountAsync("shared_organ_directory", "organ_id = @Id AND division_code = @Division AND is_bureau = @True",
            new { Id = second.Id, Division = division, True = true }));
        Assert.Equal(await fixture.CountAsync("organs_organ"), await fixture.CountAsync("shared_organ_directory"));

        // An ordinary organ cannot flag itself.
        var key = await KeyAsync(second.Id);
        await (await Admin.PutJsonAsync($"/api/v1/organs/{second.Id}", Update(second, isBureau: false), "\"2\"")).ReadAsync<OrganResponse>();
        var own = fixture.ClientFor(fixture.Factory, key);
        await (await own.PutJsonAsync($"/api/v1/organs/{second.Id}", Update(second, isBureau: true), "\"3\"")).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }

    [ProviderFact]
    public async Task A_bureau_flag_taken_away_ends_the_jurisdiction()
    {
        var a = await CountyOrgansAsync("320105");
        var county = fixture.ClientFor(fixture.Factory, a.BureauKey);
        await (await county.GetAsync($"/api/v1/organs/{a.Organ}")).ReadAsync<OrganResponse>();
        var bureau = await (await Admin.GetAsync($"/api/v1/organs/{a.Bureau}")).ReadAsync<OrganResponse>();
        // The same Host instance forgets the cached jurisdiction at once (another instance within 10 s).
        await (await Admin.PutJsonAsync($"/api/v1/organs/{a.Bureau}", Update(bureau, isBureau: false), $"\"{bureau.Version}\"")).ReadAsync<OrganResponse>();
        await AssertNotFoundAsync(county, $"/api/v1/organs/{a.Organ}", "an unflagged bureau");
        await (await county.GetAsync($"/api/v1/organs/{a.Bureau}")).ReadAsync<OrganResponse>();
    }

    private static async Task ProbeAsync(World world, HttpClient client, County[] visible, Guid[] hidden, string what, Probe probe)
    {
        switch (probe)
        {
            case ListProbe list:
                var ids = Guids(await ReadOkAsync(client, list.Url(world), what));
                foreach (var county in visible)
                {
                    if (list.Marker(county) is { } marker)
                    {
                        Assert.True(ids.Contains(marker), $"{what} lacks county {county.Division}'s {marker}");
                    }
                }
                var leaked = hidden.Where(ids.Contains).ToList();
                Assert.True(leaked.Count == 0, $"{what} shows {string.Join(", ", leaked)} of another jurisdiction");
                break;
            case GetProbe get:
                foreach (var county in new[] { world.A, world.B })
                {
                    var url = get.Url(world, county);
                    if (visible.Contains(county))
                    {
                        await ReadOkAsync(client, url, what);
                    }
                    else
                    {
                        await AssertNotFoundAsync(client, url, what);
                    }
                }
                break;
        }
    }

    [ProviderFact]
    public async Task Concurrent_flaggings_of_one_code_let_exactly_one_win()
    {
        var division = "3202" + Random.Shared.Next(10, 99).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Admin.PostJsonAsync("/api/v1/organs", CountyOrgan(division, bureau: true))));
        Assert.Equal(1, answers.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var lost in answers.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await lost.ProblemAsync(HttpStatusCode.Conflict, "organs.bureau-exists");
        }
        Assert.Equal(1, await fixture.CountAsync("shared_organ_directory", "division_code = @Division AND is_bureau = @True", new { Division = division, True = true }));
    }

    [ProviderFact]
    public async Task A_dissolved_bureau_has_no_jurisdiction_and_frees_its_code()
    {
        var a = await CountyOrgansAsync("320106");
        var county = fixture.ClientFor(fixture.Factory, a.BureauKey);
        await (await county.GetAsync($"/api/v1/organs/{a.Organ}")).ReadAsync<OrganResponse>();
        // The bureau still holds its API key: the bureau recovers it (收回), which revokes it.
        var dissolved = await (await Admin.PostJsonAsync($"/api/v1/organs/{a.Bureau}/dissolve", new { dissolvedOn = "2026-11-30", reason = "县编委〔2026〕3号", recoverHoldings = true }))
            .ReadAsync<OrganResponse>();
        Assert.Equal((OrganStatus.Dissolved, true), (dissolved.Status, dissolved.IsBureau));
        Assert.Equal(HttpStatusCode.Unauthorized, (await county.GetAsync($"/api/v1/organs/{a.Organ}")).StatusCode);
        Assert.Equal(1, await fixture.CountAsync("shared_organ_directory", "organ_id = @Id AND status = @Dissolved", new { Id = a.Bureau, Dissolved = "Dissolved" }));
        var successor = await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan("320106", bureau: true))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.True(successor.IsBureau);
    }

    private static object Update(OrganResponse organ, bool? isBureau) => new
    {
        name = organ.Name, shortName = organ.ShortName, divisionCode = organ.DivisionCode, level = organ.Level, type = organ.Type, parentId = organ.ParentId, isBureau,
    };

    private static object CountyOrgan(string division, bool bureau, string name = "县机关事务管理局") => new
    {
        name, divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "County", type = "GovernmentDepartment", isBureau = bureau,
    };

    private async Task<string> KeyAsync(Guid organId, string name = "县级系统") =>
        (await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name, organId, scopes = AllScopes })).ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;

    /// <summary>A county's bureau (flagged, unless the code already has one) and an ordinary organ, each with a key.</summary>
    private async Task<County> CountyOrgansAsync(string division)
    {
        var existing = (await (await Admin.GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>()).Items
            .FirstOrDefault(o => o.IsBureau && o.DivisionCode == division && o.Status == OrganStatus.Active);
        var bureau = existing ?? await (await Admin.PostJsonAsync("/api/v1/organs", CountyOrgan(division, bureau: true))).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, perCategory: 100, division: division);
        var issued = await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位系统", organId = organ.Id, scopes = AllScopes }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        return new County
        {
            Division = division, Bureau = bureau.Id, Organ = organ.Id, Key = issued.ApiKey.Id, OrganKey = issued.Key, BureauKey = await KeyAsync(bureau.Id),
        };
    }

    /// <summary>Two counties under the city, each organ with a record in every module.</summary>
    private async Task<World> WorldAsync()
    {
        var space = new BuildingsSetup(Admin);
        var floor = await space.FloorAsync((await space.BuildingAsync()).Id);
        var meetingRoom = await space.RoomAsync(floor.Id, type: "Service", area: 60m, capacity: 10, bookable: true);
        var workOrderItem = (await LogisticsSetup.ItemAsync(Admin)).Code;
        var a = await CountyOrgansAsync("320102");
        var b = await CountyOrgansAsync("320104");
        var hour = 1;
        foreach (var county in new[] { a, b })
        {
            county.Staff = (await (await Admin.PostJsonAsync("/api/v1/organs/staff", new { name = "李四", organId = county.Organ, rankCode = "BelowBureau", postTitle = "科员", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;

            county.Office = (await space.RoomAsync(floor.Id)).Id;
            county.Allocation = (await (await Admin.PostJsonAsync("/api/v1/buildings/allocations", new
            {
                roomId = county.Office, organId = county.Organ, route = "Reallocation", agreementNumber = "使用协议〔2026〕1号", certificateNumber = "凭证〔2026〕1号", effectiveFrom = "2020-01-01",
            })).ReadAsync<AllocationResponse>(HttpStatusCode.Created)).Id;
            county.RoomUse = (await (await Admin.PostJsonAsync("/api/v1/buildings/room-uses", new
            {
                roomId = county.Office, kind = "Lend", userName = "市档案馆", startsOn = "2020-06-01", endsOn = "2020-06-30", approvalReference = "机关事务〔2020〕5号",
            })).ReadAsync<RoomUseResponse>(HttpStatusCode.Created)).Id;
            county.Assignment = (await (await Admin.PostJsonAsync("/api/v1/buildings/assignments", new { roomId = county.Office, staffMemberId = county.Staff, startedOn = "2020-01-01", exceptionApprovalReference = "例外〔2020〕1号" }))
                .ReadAsync<AssignmentResponse>(HttpStatusCode.Created)).Id;
            county.Booking = (await (await Admin.PostJsonAsync("/api/v1/buildings/bookings", BuildingsSetup.Booking(meetingRoom.Id, county.Organ, Window(10, hour), Window(10, hour + 1))))
                .ReadAsync<BookingResponse>(HttpStatusCode.Created)).Id;

            county.Vehicle = (await (await Admin.PostJsonAsync("/api/v1/vehicles", VehicleTestData.Vehicle(county.Organ, "Other")))
                .ReadAsync<VehicleResponse>(HttpStatusCode.Created)).Id;
            await (await Admin.PostJsonAsync($"/api/v1/vehicles/{county.Vehicle}/costs", new { kind = "Repair", amount = 860m, occurredOn = $"{Year}-11-01", note = "维修" }))
                .ReadAsync<CostResponse>(HttpStatusCode.Created);
            county.Driver = (await TripsApiTests.DriverAsync(Admin, county.Organ)).Id;
            county.Trip = (await TripsApiTests.ApprovedTripAsync(Admin, county.Organ, Window(12, hour), Window(12, hour + 1))).Id;

            var assets = new AssetsSetup(fixture);
            county.Asset = (await assets.AssetAsync()).Id;
            await assets.CheckoutAsync(county.Asset, county.Organ);
            county.ReservedAsset = (await assets.AssetAsync()).Id;
            county.Reservation = (await (await Admin.PostJsonAsync("/api/v1/assets/reservations", AssetsSetup.Reservation(county.ReservedAsset, county.Organ, Window(14, hour), Window(14, hour + 1))))
                .ReadAsync<ReservationResponse>(HttpStatusCode.Created)).Id;
            county.Stocktake = (await (await Admin.PostJsonAsync("/api/v1/assets/stocktakes", new { name = "2026 年度盘点", scope = "Organ", organId = county.Organ }))
                .ReadAsync<StocktakeResponse>(HttpStatusCode.Created)).Id;

            county.Institution = (await (await Admin.PostJsonAsync("/api/v1/energy/institutions", new { organId = county.Organ, name = "县某公共机构", directoryCode = EnergySetup.DirectoryCode() }))
                .ReadAsync<InstitutionResponse>(HttpStatusCode.Created)).Id;
            county.Meter = (await EnergySetup.MeterAsync(Admin, county.Institution)).Id;
            await (await Admin.PutJsonAsync($"/api/v1/energy/institutions/{county.Institution}/quotas/{Year}", new { energyKgce = 1000m }, null)).ReadAsync<QuotaProgressResponse>();

            county.Letter = (await ReceptionSetup.LetterAsync(Admin, county.Organ)).Id;
            county.Reception = (await ReceptionSetup.ReceptionAsync(Admin, county.Organ, county.Staff, county.Letter, $"{Year}-12-20")).Id;
            await (await Admin.PostAsync($"/api/v1/reception/{county.Reception}/submit", null)).ReadAsync<Contracts.Reception.ReceptionResponse>();
            await (await Admin.PostAsync($"/api/v1/reception/{county.Reception}/approve", null)).ReadAsync<Contracts.Reception.ReceptionResponse>();
            await ReceptionSetup.CapAsync(Admin, county.Organ, Year, 100_000m);
            // An explained over-standard meal line, for the over-standard report.
            await (await Admin.PostJsonAsync("/api/v1/reception/rules/meal-standards", new { jurisdiction = county.Division, rank = "Other", amount = 100.00m, unit = "PerMeal", effectiveFrom = "2020-01-01", source = "县公务接待用餐标准", confidence = "High" }))
                .ReadAsync<Contracts.Reception.MealStandardResponse>(HttpStatusCode.Created);
            await (await Admin.PostJsonAsync($"/api/v1/reception/{county.Reception}/costs", ReceptionSetup.Cost(amount: 600.01m, incurredOn: $"{Year}-12-20", persons: 6, explanation: "临时增加来宾，经分管领导批准")))
                .ReadAsync<Contracts.Reception.CostLineResponse>(HttpStatusCode.Created);
            await CostsSetup.BudgetAsync(Admin, CostsSetup.Budget(county.Organ, Year));
            await (await Admin.PostJsonAsync("/api/v1/costs/final-accounts", new { organId = county.Organ, year = Year, approvedOn = $"{Year + 1}-06-30" }))
                .ReadAsync<Contracts.Costs.FinalAccountResponse>(HttpStatusCode.Created);
            county.Visit = (await (await Admin.PostJsonAsync("/api/v1/foreign-affairs", new
            {
                organId = county.Organ,
                visit = new
                {
                    purpose = "友城交流", delegationType = "General", departsOn = "2027-03-01", returnsOn = "2027-03-03",
                    members = new[] { new { staffMemberId = county.Staff, role = "Leader" } },
                    itinerary = new[] { new { country = "FR", arrivesOn = "2027-03-01", leavesOn = "2027-03-03", transit = false, airsideOnly = false } },
                    schedule = Array.Empty<object>(), budget = 30_000m,
                },
            })).ReadAsync<VisitResponse>(HttpStatusCode.Created)).Id;
            county.Delegation = (await (await Admin.PostJsonAsync("/api/v1/foreign-affairs/incoming",
                ForeignAffairs.ForeignAffairsDelegationsTests.Body(county.Organ, "Other", "Other"))).ReadAsync<DelegationResponse>(HttpStatusCode.Created)).Id;
            county.Agreement = (await (await Admin.PostJsonAsync("/api/v1/foreign-affairs/agreements", new
            {
                organId = county.Organ, partnerCity = "Lyon", partnerCountry = "FR", type = "LetterOfIntent", proposedOn = "2020-01-01",
            })).ReadAsync<AgreementResponse>(HttpStatusCode.Created)).Id;
            await (await Admin.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/foreign-affairs/agreements/{county.Agreement}/state",
                JsonSerializer.Serialize(new { state = "Signed", on = "2020-02-01", expiresOn = "2030-01-31" }, Http.Json), ifMatch: "\"1\""))).ReadAsync<AgreementResponse>();
            county.WorkOrder = (await LogisticsSetup.RaiseAsync(Admin, new LogisticsSetup.World(county.Organ, county.Staff, county.Office, workOrderItem))).Id;
            county.MaintenancePlan = (await (await Admin.PostJsonAsync("/api/v1/logistics/maintenance-plans", new
            {
                organId = county.Organ, requesterStaffMemberId = county.Staff, roomId = county.Office, serviceItem = workOrderItem, priority = "Planned",
                title = "空调季度保养", schedule = "0 9 1 */3 *", checklist = new[] { "检查滤网" },
            })).ReadAsync<MaintenancePlanResponse>(HttpStatusCode.Created)).Id;
            hour += 2;
        }
        return new World(a, b, meetingRoom.Id);
    }

    private static async Task<string> ReadOkAsync(HttpClient client, string url, string what)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: GET {url} answered {(int)response.StatusCode}: {text}");
        if (response.Content.Headers.ContentType?.MediaType is "application/json")
        {
            ContractValidator.AssertAnswer(response, text);
        }
        return text;
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string url, string what)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: GET {url} answered {(int)response.StatusCode}, not 404: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        ContractValidator.AssertAnswer(response, text);
    }

    private static HashSet<Guid> Guids(string text) =>
        GuidPattern().Matches(text).Select(m => Guid.Parse(m.Value)).ToHashSet();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
