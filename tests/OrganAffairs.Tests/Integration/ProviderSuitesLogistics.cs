using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Logistics;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Logistics module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsApiTests_Sqlite(SqliteApiFixture fixture) : LogisticsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsSlaTests_Sqlite(SqliteApiFixture fixture) : LogisticsSlaTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsSlaTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsSlaTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsMaintenanceTests_Sqlite(SqliteApiFixture fixture) : LogisticsMaintenanceTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsMaintenanceTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsMaintenanceTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsMeetingTests_Sqlite(SqliteApiFixture fixture) : LogisticsMeetingTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsMeetingTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsMeetingTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsServiceOrderTests_Sqlite(SqliteApiFixture fixture) : LogisticsServiceOrderTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsServiceOrderTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsServiceOrderTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsContractTests_Sqlite(SqliteApiFixture fixture) : LogisticsContractTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsContractTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsContractTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsCostTests_Sqlite(SqliteApiFixture fixture) : LogisticsCostTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsCostTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsCostTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsSatisfactionTests_Sqlite(SqliteApiFixture fixture) : LogisticsSatisfactionTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsSatisfactionTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsSatisfactionTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsCanteenTests_Sqlite(SqliteApiFixture fixture) : LogisticsCanteenTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsCanteenTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsCanteenTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LogisticsReportTests_Sqlite(SqliteApiFixture fixture) : LogisticsReportTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LogisticsReportTests_PostgreSql(PostgreSqlApiFixture fixture) : LogisticsReportTests(fixture), IClassFixture<PostgreSqlApiFixture>;
