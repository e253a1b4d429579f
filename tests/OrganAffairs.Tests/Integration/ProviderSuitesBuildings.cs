using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Buildings suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsSpaceApiTests_Sqlite(SqliteApiFixture fixture) : BuildingsSpaceApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsSpaceApiTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsSpaceApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsBookingsApiTests_Sqlite(SqliteApiFixture fixture) : BuildingsBookingsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsBookingsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsBookingsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsBookingConcurrencyTests_Sqlite(SqliteApiFixture fixture) : BuildingsBookingConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsBookingConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsBookingConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsAllocationsApiTests_Sqlite(SqliteApiFixture fixture) : BuildingsAllocationsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsAllocationsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsAllocationsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsOfficesApiTests_Sqlite(SqliteApiFixture fixture) : BuildingsOfficesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsOfficesApiTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsOfficesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsRecoveryTests_Sqlite(SqliteApiFixture fixture) : BuildingsRecoveryTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsRecoveryTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsRecoveryTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsReportsApiTests_Sqlite(SqliteApiFixture fixture) : BuildingsReportsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsReportsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsReportsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class BuildingsBadInputTests_Sqlite(SqliteApiFixture fixture) : BuildingsBadInputTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class BuildingsBadInputTests_PostgreSql(PostgreSqlApiFixture fixture) : BuildingsBadInputTests(fixture), IClassFixture<PostgreSqlApiFixture>;
