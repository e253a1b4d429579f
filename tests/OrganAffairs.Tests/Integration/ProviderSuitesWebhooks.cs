using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Webhooks;
using Xunit;

namespace OrganAffairs.Tests.Integration;

// The Webhooks module's HTTP suites, once per provider.

[RunsOn(DatabaseProvider.Sqlite)]
public sealed class WebhooksApiTests_Sqlite(SqliteApiFixture fixture) : WebhooksApiTests(fixture), IClassFixture<SqliteApiFixture>;

[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class WebhooksApiTests_PostgreSql(PostgreSqlApiFixture fixture) : WebhooksApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
