using Dapper;
using Microsoft.Data.Sqlite;
using OrganAffairs.Tests.SqlServer;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The guard every SQLite host of the test run passes its commands through (ADR 0016), shown failing.</summary>
public sealed class UtcGuardTests
{
    [Fact]
    public async Task A_command_with_a_non_UTC_instant_fails_and_a_UTC_one_runs()
    {
        await using var connection = SqlRecorder.Guard().Wrap(new SqliteConnection("Data Source=:memory:"));
        await connection.OpenAsync();
        var china = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.ExecuteScalarAsync<string>("SELECT @At", new { At = china }));
        Assert.Contains("@At", refused.Message.Replace("At carries", "@At carries", StringComparison.Ordinal));
        Assert.Contains("not UTC", refused.Message);

        Assert.NotNull(await connection.ExecuteScalarAsync<string>("SELECT @At", new { At = china.ToUniversalTime() }));
    }
}
