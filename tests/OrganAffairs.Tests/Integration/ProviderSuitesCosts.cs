using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Costs;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Costs module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsBudgetTests_Sqlite(SqliteApiFixture fixture) : CostsBudgetTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsBudgetTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsBudgetTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsLedgerTests_Sqlite(SqliteApiFixture fixture) : CostsLedgerTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsLedgerTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsLedgerTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsConcurrencyTests_Sqlite(SqliteApiFixture fixture) : CostsConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsDisclosureTests_Sqlite(SqliteApiFixture fixture) : CostsDisclosureTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsDisclosureTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsDisclosureTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsReconciliationTests_Sqlite(SqliteApiFixture fixture) : CostsReconciliationTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsReconciliationTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsReconciliationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsRollupTests_Sqlite(SqliteApiFixture fixture) : CostsRollupTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsRollupTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsRollupTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsOperatingCostTests_Sqlite(SqliteApiFixture fixture) : CostsOperatingCostTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsOperatingCostTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsOperatingCostTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsRuleTests_Sqlite(SqliteApiFixture fixture) : CostsRuleTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsRuleTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsRuleTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CostsCompanionTests_Sqlite(SqliteApiFixture fixture) : CostsCompanionTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CostsCompanionTests_PostgreSql(PostgreSqlApiFixture fixture) : CostsCompanionTests(fixture), IClassFixture<PostgreSqlApiFixture>;
