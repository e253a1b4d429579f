using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Vehicles module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class VehiclesApiTests_Sqlite(SqliteApiFixture fixture) : VehiclesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class VehiclesApiTests_PostgreSql(PostgreSqlApiFixture fixture) : VehiclesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class TripsApiTests_Sqlite(SqliteApiFixture fixture) : TripsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class TripsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : TripsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class VehiclesConcurrencyTests_Sqlite(SqliteApiFixture fixture) : VehiclesConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class VehiclesConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : VehiclesConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LedgerApiTests_Sqlite(SqliteApiFixture fixture) : LedgerApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LedgerApiTests_PostgreSql(PostgreSqlApiFixture fixture) : LedgerApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class LifecycleApiTests_Sqlite(SqliteApiFixture fixture) : LifecycleApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class LifecycleApiTests_PostgreSql(PostgreSqlApiFixture fixture) : LifecycleApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class VehiclesViolationsTests_Sqlite(SqliteApiFixture fixture) : VehiclesViolationsTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class VehiclesViolationsTests_PostgreSql(PostgreSqlApiFixture fixture) : VehiclesViolationsTests(fixture), IClassFixture<PostgreSqlApiFixture>;
