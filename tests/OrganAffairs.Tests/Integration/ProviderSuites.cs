using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// Every HTTP suite runs once per provider; the class name says which, so reports show it.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OrgansApiTests_Sqlite(SqliteApiFixture fixture) : OrgansApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OrgansApiTests_PostgreSql(PostgreSqlApiFixture fixture) : OrgansApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class StaffApiTests_Sqlite(SqliteApiFixture fixture) : StaffApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class StaffApiTests_PostgreSql(PostgreSqlApiFixture fixture) : StaffApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class RanksApiTests_Sqlite(SqliteApiFixture fixture) : RanksApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class RanksApiTests_PostgreSql(PostgreSqlApiFixture fixture) : RanksApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class PlatformTests_Sqlite(SqliteApiFixture fixture) : PlatformTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class PlatformTests_PostgreSql(PostgreSqlApiFixture fixture) : PlatformTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OutboxTests_Sqlite(SqliteApiFixture fixture) : OutboxTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OutboxTests_PostgreSql(PostgreSqlApiFixture fixture) : OutboxTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ConcurrencyTests_Sqlite(SqliteApiFixture fixture) : ConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : ConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ContractQueryTests_Sqlite(SqliteApiFixture fixture) : ContractQueryTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ContractQueryTests_PostgreSql(PostgreSqlApiFixture fixture) : ContractQueryTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class SecurityTests_Sqlite(SqliteApiFixture fixture) : SecurityTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class SecurityTests_PostgreSql(PostgreSqlApiFixture fixture) : SecurityTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class RuleSupersedingTests_Sqlite(SqliteApiFixture fixture) : RuleSupersedingTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class RuleSupersedingTests_PostgreSql(PostgreSqlApiFixture fixture) : RuleSupersedingTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class JsonEdgeTests_Sqlite(SqliteApiFixture fixture) : JsonEdgeTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class JsonEdgeTests_PostgreSql(PostgreSqlApiFixture fixture) : JsonEdgeTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class UtcInstantTests_Sqlite(SqliteApiFixture fixture) : UtcInstantTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class UtcInstantTests_PostgreSql(PostgreSqlApiFixture fixture) : UtcInstantTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class FieldErrorTests_Sqlite(SqliteApiFixture fixture) : FieldErrorTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class FieldErrorTests_PostgreSql(PostgreSqlApiFixture fixture) : FieldErrorTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OrganReferenceTests_Sqlite(SqliteApiFixture fixture) : OrganReferenceTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OrganReferenceTests_PostgreSql(PostgreSqlApiFixture fixture) : OrganReferenceTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OrganDissolutionTests_Sqlite(SqliteApiFixture fixture) : OrganDissolutionTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OrganDissolutionTests_PostgreSql(PostgreSqlApiFixture fixture) : OrganDissolutionTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class IdempotencyTests_Sqlite(SqliteApiFixture fixture) : IdempotencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class IdempotencyTests_PostgreSql(PostgreSqlApiFixture fixture) : IdempotencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class OperatorTests_Sqlite(SqliteApiFixture fixture) : OperatorTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class OperatorTests_PostgreSql(PostgreSqlApiFixture fixture) : OperatorTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ViolationLedgerTests_Sqlite(SqliteApiFixture fixture) : ViolationLedgerTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ViolationLedgerTests_PostgreSql(PostgreSqlApiFixture fixture) : ViolationLedgerTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class TelemetryTests_Sqlite(SqliteApiFixture fixture) : TelemetryTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class TelemetryTests_PostgreSql(PostgreSqlApiFixture fixture) : TelemetryTests(fixture), IClassFixture<PostgreSqlApiFixture>;
