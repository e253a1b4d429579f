using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Calendar;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Calendar module's HTTP suite, once per provider (SQL Server: skipped without a server, see ProviderSuitesSqlServer.cs).

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class CalendarApiTests_Sqlite(SqliteApiFixture fixture) : CalendarApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class CalendarApiTests_PostgreSql(PostgreSqlApiFixture fixture) : CalendarApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class CalendarApiTests_SqlServer(SqlServerApiFixture fixture) : CalendarApiTests(fixture), IClassFixture<SqlServerApiFixture>;
