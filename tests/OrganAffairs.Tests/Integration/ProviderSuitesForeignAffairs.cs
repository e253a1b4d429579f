using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.ForeignAffairs;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The ForeignAffairs module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsApiTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsApiTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsConcurrencyTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsConcurrencyTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsConcurrencyTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsConcurrencyTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsDocumentsTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsDocumentsTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsDocumentsTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsDocumentsTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsDeadlinesTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsDeadlinesTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsDeadlinesTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsDeadlinesTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsExpensesTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsExpensesTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsExpensesTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsExpensesTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsDelegationsTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsDelegationsTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsDelegationsTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsDelegationsTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsAgreementsTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsAgreementsTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsAgreementsTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsAgreementsTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsPeopleTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsPeopleTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsPeopleTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsPeopleTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsReportsTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsReportsTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsReportsTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsReportsTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsMigrationTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsMigrationTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsMigrationTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsMigrationTests(fixture), IClassFixture<PostgreSqlApiFixture>;

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class ForeignAffairsLogTests_Sqlite(SqliteApiFixture fixture) : ForeignAffairsLogTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class ForeignAffairsLogTests_PostgreSql(PostgreSqlApiFixture fixture) : ForeignAffairsLogTests(fixture), IClassFixture<PostgreSqlApiFixture>;
