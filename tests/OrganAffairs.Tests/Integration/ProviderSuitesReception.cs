using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Reception;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Reception module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionApiTests_Sqlite(SqliteApiFixture fixture) : ReceptionApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionApiTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionRulesTests_Sqlite(SqliteApiFixture fixture) : ReceptionRulesTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionRulesTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionRulesTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionCapTests_Sqlite(SqliteApiFixture fixture) : ReceptionCapTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionCapTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionCapTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionConcurrencyTests_Sqlite(SqliteApiFixture fixture) : ReceptionConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionListTests_Sqlite(SqliteApiFixture fixture) : ReceptionListTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionListTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionListTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionReportTests_Sqlite(SqliteApiFixture fixture) : ReceptionReportTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionReportTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionReportTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ReceptionHandOverTests_Sqlite(SqliteApiFixture fixture) : ReceptionHandOverTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ReceptionHandOverTests_PostgreSql(PostgreSqlApiFixture fixture) : ReceptionHandOverTests(fixture), IClassFixture<PostgreSqlApiFixture>;
