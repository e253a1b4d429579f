using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Energy;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Energy module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class EnergyApiTests_Sqlite(SqliteApiFixture fixture) : EnergyApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyApiTests_PostgreSql(PostgreSqlApiFixture fixture) : EnergyApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class EnergyImportTests_Sqlite(SqliteApiFixture fixture) : EnergyImportTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyImportTests_PostgreSql(PostgreSqlApiFixture fixture) : EnergyImportTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class EnergyComplianceTests_Sqlite(SqliteApiFixture fixture) : EnergyComplianceTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyComplianceTests_PostgreSql(PostgreSqlApiFixture fixture) : EnergyComplianceTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class EnergyConcurrencyTests_Sqlite(SqliteApiFixture fixture) : EnergyConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : EnergyConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class EnergyPartitionRouteTests_Sqlite(SqliteApiFixture fixture) : EnergyPartitionRouteTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class EnergyPartitionRouteTests_PostgreSql(PostgreSqlApiFixture fixture) : EnergyPartitionRouteTests(fixture), IClassFixture<PostgreSqlApiFixture>;
