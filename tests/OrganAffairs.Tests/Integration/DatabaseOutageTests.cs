using System.Net;
using Npgsql;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>While the database refuses connections the API answers 503 with Retry-After, and it recovers by itself.</summary>
[RunsOn(DatabaseProvider.PostgreSql)]
public sealed class DatabaseOutageTests_PostgreSql(PostgreSqlApiFixture fixture) : IClassFixture<PostgreSqlApiFixture>
{
    [ProviderFact]
    public async Task An_outage_is_503_with_retry_after_and_the_service_recovers()
    {
        var client = fixture.Client;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organs")).StatusCode);
        var database = new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

        await ExecuteAsync(admin, $"ALTER DATABASE {database} ALLOW_CONNECTIONS false");
        await ExecuteAsync(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
        try
        {
            var down = await client.GetAsync("/api/v1/organs");
            await down.ProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
            Assert.NotNull(down.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
        }
        finally
        {
            await ExecuteAsync(admin, $"ALTER DATABASE {database} ALLOW_CONNECTIONS true");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).StatusCode);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
