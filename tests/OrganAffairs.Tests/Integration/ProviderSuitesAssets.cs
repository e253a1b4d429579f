using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Assets;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Assets module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class AssetsApiTests_Sqlite(SqliteApiFixture fixture) : AssetsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class AssetsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : AssetsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class AssetsReservationsApiTests_Sqlite(SqliteApiFixture fixture) : AssetsReservationsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class AssetsReservationsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : AssetsReservationsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class AssetsStocktakesApiTests_Sqlite(SqliteApiFixture fixture) : AssetsStocktakesApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class AssetsStocktakesApiTests_PostgreSql(PostgreSqlApiFixture fixture) : AssetsStocktakesApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class AssetsConcurrencyTests_Sqlite(SqliteApiFixture fixture) : AssetsConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class AssetsConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : AssetsConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;
