using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Jurisdiction;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// Lower-level bureaus' jurisdiction in the organ scope, once per provider (SQL Server: skipped without a server).

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class JurisdictionScopeTests_Sqlite(SqliteApiFixture fixture) : JurisdictionScopeTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class JurisdictionScopeTests_PostgreSql(PostgreSqlApiFixture fixture) : JurisdictionScopeTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.SqlServer)]
public sealed class JurisdictionScopeTests_SqlServer(SqlServerApiFixture fixture) : JurisdictionScopeTests(fixture), IClassFixture<SqlServerApiFixture>;
