using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using OrganAffairs.Tests.Integration.Buildings;
using OrganAffairs.Tests.Integration.Costs;
using OrganAffairs.Tests.Integration.Energy;
using OrganAffairs.Tests.Integration.Logistics;
using OrganAffairs.Tests.Integration.Reception;
using OrganAffairs.Tests.Integration.Guidance;
using OrganAffairs.Tests.Integration.ForeignAffairs;
using OrganAffairs.Tests.Integration.Webhooks;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// Every HTTP suite on SQL Server too: through Testcontainers.MsSql where a Docker engine answers, or on
// the server named by ORGANAFFAIRS_TEST_SQLSERVER; otherwise each test is reported skipped with the reason.

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OrgansApiTests_SqlServer(SqlServerApiFixture fixture) : OrgansApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class StaffApiTests_SqlServer(SqlServerApiFixture fixture) : StaffApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class RanksApiTests_SqlServer(SqlServerApiFixture fixture) : RanksApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class PlatformTests_SqlServer(SqlServerApiFixture fixture) : PlatformTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OutboxTests_SqlServer(SqlServerApiFixture fixture) : OutboxTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : ConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class SecurityTests_SqlServer(SqlServerApiFixture fixture) : SecurityTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ContractQueryTests_SqlServer(SqlServerApiFixture fixture) : ContractQueryTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsSpaceApiTests_SqlServer(SqlServerApiFixture fixture) : BuildingsSpaceApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsBookingsApiTests_SqlServer(SqlServerApiFixture fixture) : BuildingsBookingsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsBookingConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : BuildingsBookingConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsAllocationsApiTests_SqlServer(SqlServerApiFixture fixture) : BuildingsAllocationsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsOfficesApiTests_SqlServer(SqlServerApiFixture fixture) : BuildingsOfficesApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsRecoveryTests_SqlServer(SqlServerApiFixture fixture) : BuildingsRecoveryTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsReportsApiTests_SqlServer(SqlServerApiFixture fixture) : BuildingsReportsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class BuildingsBadInputTests_SqlServer(SqlServerApiFixture fixture) : BuildingsBadInputTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class VehiclesApiTests_SqlServer(SqlServerApiFixture fixture) : VehiclesApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class TripsApiTests_SqlServer(SqlServerApiFixture fixture) : TripsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class VehiclesConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : VehiclesConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LedgerApiTests_SqlServer(SqlServerApiFixture fixture) : LedgerApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LifecycleApiTests_SqlServer(SqlServerApiFixture fixture) : LifecycleApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class VehiclesViolationsTests_SqlServer(SqlServerApiFixture fixture) : VehiclesViolationsTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class RuleSupersedingTests_SqlServer(SqlServerApiFixture fixture) : RuleSupersedingTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class EnergyApiTests_SqlServer(SqlServerApiFixture fixture) : EnergyApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class EnergyImportTests_SqlServer(SqlServerApiFixture fixture) : EnergyImportTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class EnergyComplianceTests_SqlServer(SqlServerApiFixture fixture) : EnergyComplianceTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class EnergyPartitionRouteTests_SqlServer(SqlServerApiFixture fixture) : EnergyPartitionRouteTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class EnergyConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : EnergyConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class AssetsApiTests_SqlServer(SqlServerApiFixture fixture) : AssetsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class AssetsReservationsApiTests_SqlServer(SqlServerApiFixture fixture) : AssetsReservationsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class AssetsStocktakesApiTests_SqlServer(SqlServerApiFixture fixture) : AssetsStocktakesApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class AssetsConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : AssetsConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class JsonEdgeTests_SqlServer(SqlServerApiFixture fixture) : JsonEdgeTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class UtcInstantTests_SqlServer(SqlServerApiFixture fixture) : UtcInstantTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class FieldErrorTests_SqlServer(SqlServerApiFixture fixture) : FieldErrorTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OrganReferenceTests_SqlServer(SqlServerApiFixture fixture) : OrganReferenceTests(fixture), IClassFixture<SqlServerApiFixture>;
[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OrganDissolutionTests_SqlServer(SqlServerApiFixture fixture) : OrganDissolutionTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class IdempotencyTests_SqlServer(SqlServerApiFixture fixture) : IdempotencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class OperatorTests_SqlServer(SqlServerApiFixture fixture) : OperatorTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ViolationLedgerTests_SqlServer(SqlServerApiFixture fixture) : ViolationLedgerTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionApiTests_SqlServer(SqlServerApiFixture fixture) : ReceptionApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionRulesTests_SqlServer(SqlServerApiFixture fixture) : ReceptionRulesTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionCapTests_SqlServer(SqlServerApiFixture fixture) : ReceptionCapTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : ReceptionConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionListTests_SqlServer(SqlServerApiFixture fixture) : ReceptionListTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionReportTests_SqlServer(SqlServerApiFixture fixture) : ReceptionReportTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ReceptionHandOverTests_SqlServer(SqlServerApiFixture fixture) : ReceptionHandOverTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsApiTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class TelemetryTests_SqlServer(SqlServerApiFixture fixture) : TelemetryTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsDocumentsTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsDocumentsTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsDeadlinesTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsDeadlinesTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsApiTests_SqlServer(SqlServerApiFixture fixture) : LogisticsApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsSlaTests_SqlServer(SqlServerApiFixture fixture) : LogisticsSlaTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsMaintenanceTests_SqlServer(SqlServerApiFixture fixture) : LogisticsMaintenanceTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsMeetingTests_SqlServer(SqlServerApiFixture fixture) : LogisticsMeetingTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsCostTests_SqlServer(SqlServerApiFixture fixture) : LogisticsCostTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsSatisfactionTests_SqlServer(SqlServerApiFixture fixture) : LogisticsSatisfactionTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsCanteenTests_SqlServer(SqlServerApiFixture fixture) : LogisticsCanteenTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsReportTests_SqlServer(SqlServerApiFixture fixture) : LogisticsReportTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceViolationTests_SqlServer(SqlServerApiFixture fixture) : GuidanceViolationTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceRegisterTests_SqlServer(SqlServerApiFixture fixture) : GuidanceRegisterTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceRegisterLifecycleTests_SqlServer(SqlServerApiFixture fixture) : GuidanceRegisterLifecycleTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class SeededRuleDocumentTests_SqlServer(SqlServerApiFixture fixture) : SeededRuleDocumentTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceReportingTests_SqlServer(SqlServerApiFixture fixture) : GuidanceReportingTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceInspectionTests_SqlServer(SqlServerApiFixture fixture) : GuidanceInspectionTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class GuidanceInspectionConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : GuidanceInspectionConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsBudgetTests_SqlServer(SqlServerApiFixture fixture) : CostsBudgetTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsLedgerTests_SqlServer(SqlServerApiFixture fixture) : CostsLedgerTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsConcurrencyTests_SqlServer(SqlServerApiFixture fixture) : CostsConcurrencyTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsDisclosureTests_SqlServer(SqlServerApiFixture fixture) : CostsDisclosureTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsReconciliationTests_SqlServer(SqlServerApiFixture fixture) : CostsReconciliationTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsRollupTests_SqlServer(SqlServerApiFixture fixture) : CostsRollupTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsOperatingCostTests_SqlServer(SqlServerApiFixture fixture) : CostsOperatingCostTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsRuleTests_SqlServer(SqlServerApiFixture fixture) : CostsRuleTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CostsCompanionTests_SqlServer(SqlServerApiFixture fixture) : CostsCompanionTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class WebhooksApiTests_SqlServer(SqlServerApiFixture fixture) : WebhooksApiTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsContractTests_SqlServer(SqlServerApiFixture fixture) : LogisticsContractTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class LogisticsServiceOrderTests_SqlServer(SqlServerApiFixture fixture) : LogisticsServiceOrderTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsAgreementsTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsAgreementsTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsDelegationsTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsDelegationsTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsExpensesTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsExpensesTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsPeopleTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsPeopleTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsReportsTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsReportsTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsMigrationTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsMigrationTests(fixture), IClassFixture<SqlServerApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class ForeignAffairsLogTests_SqlServer(SqlServerApiFixture fixture) : ForeignAffairsLogTests(fixture), IClassFixture<SqlServerApiFixture>;
