using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
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
