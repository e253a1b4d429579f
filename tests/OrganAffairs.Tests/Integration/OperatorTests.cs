using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using OrganAffairs.Host;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>Operator edges: the admin-key command, owner-only secret and database files, and what git ignores.</summary>
public abstract class OperatorTests(ApiFixture fixture)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [ProviderFact]
    public async Task The_admin_key_command_issues_a_working_key_in_an_owner_only_file_and_revokes_nothing()
    {
        var before = await fixture.CountAsync("access_api_key", "revoked_at IS NULL");
        var file = Path.Combine(Path.GetTempPath(), $"oa-admin-key-{Guid.NewGuid():N}.key");
        try
        {
            // The command as `dotnet run --project Host -- admin-key <file>` runs it, in this process.
            Assert.Equal(file, await AdminKeyCommand.RunAsync(fixture.Factory.Services, file, CancellationToken.None));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
            }
            var key = (await File.ReadAllTextAsync(file)).Trim();
            Assert.NotEqual(fixture.AdminKey, key);

            // The new key works with every scope; the first one still works too.
            var client = fixture.ClientFor(fixture.Factory, key);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/access/api-keys")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("/api/v1/access/api-keys")).StatusCode);
            Assert.Equal(before + 1, await fixture.CountAsync("access_api_key", "revoked_at IS NULL"));
            await using var connection = fixture.OpenConnection();
            var id = await connection.QuerySingleAsync<Guid>("SELECT id FROM access_api_key WHERE name LIKE @Name", new { Name = "admin (admin-key %" });
            Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id AND entity_type = @Type", new { Id = id, Type = "ApiKey" }));

            // An existing file is never overwritten: the key it holds might not be stored anywhere else yet.
            await Assert.ThrowsAsync<IOException>(() => AdminKeyCommand.RunAsync(fixture.Factory.Services, file, CancellationToken.None));
            Assert.Equal(before + 1, await fixture.CountAsync("access_api_key", "revoked_at IS NULL"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
/// <summary>What git must never take in: the admin key file and the SQLite files.</summary>
public sealed class GitIgnoreTests
{
    [Fact]
    public void Git_ignores_the_admin_key_file_and_the_SQLite_files()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrganAffairs.sln")))
        {
            folder = folder.Parent;
        }
        var ignored = File.ReadAllLines(Path.Combine(folder!.FullName, ".gitignore")).Select(l => l.Trim()).ToHashSet();
        Assert.Superset(new HashSet<string> { "organaffairs-admin*.key", "*.db", "*.db-wal", "*.db-shm", "*.db-journal" }, ignored);
        Assert.StartsWith("organaffairs-admin", AdminKeyFile.DefaultName);
    }
}

/// <summary>The SQLite files the Host creates are owner-only.</summary>
[RunsOn(DatabaseProvider.Sqlite)]
public sealed class SqliteFileTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [ProviderFact]
    public async Task The_database_files_are_owner_only()
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, (await fixture.Client.GetAsync("/api/v1/organs")).StatusCode);
        var path = new SqliteConnectionStringBuilder(fixture.ConnectionString).DataSource;
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Assert.True(File.Exists(path + "-wal"));
    }
}
