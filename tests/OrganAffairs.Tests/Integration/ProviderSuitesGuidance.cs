using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Guidance;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Guidance module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceViolationTests_Sqlite(SqliteApiFixture fixture) : GuidanceViolationTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceViolationTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceViolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceRegisterTests_Sqlite(SqliteApiFixture fixture) : GuidanceRegisterTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceRegisterTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceRegisterTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceRegisterLifecycleTests_Sqlite(SqliteApiFixture fixture) : GuidanceRegisterLifecycleTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceRegisterLifecycleTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceRegisterLifecycleTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceReportingTests_Sqlite(SqliteApiFixture fixture) : GuidanceReportingTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceReportingTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceReportingTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceInspectionTests_Sqlite(SqliteApiFixture fixture) : GuidanceInspectionTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceInspectionTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceInspectionTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class GuidanceInspectionConcurrencyTests_Sqlite(SqliteApiFixture fixture) : GuidanceInspectionConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class GuidanceInspectionConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : GuidanceInspectionConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class SeededRuleDocumentTests_Sqlite(SqliteApiFixture fixture) : SeededRuleDocumentTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class SeededRuleDocumentTests_PostgreSql(PostgreSqlApiFixture fixture) : SeededRuleDocumentTests(fixture), IClassFixture<PostgreSqlApiFixture>;
