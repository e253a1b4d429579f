using MediatR;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Host;

/// <summary>Where the admin key is written: Access:AdminKeyFile, or organaffairs-admin.key beside the SQLite database, or in the working directory.</summary>
internal static class AdminKeyFile
{
    public const string DefaultName = "organaffairs-admin.key";

    public static string PathFor(IConfiguration configuration, DatabaseOptions database)
    {
        if (configuration["Access:AdminKeyFile"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var folder = Directory.GetCurrentDirectory();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            folder = Path.GetDirectoryName(Path.GetFullPath(dataSource)) ?? folder;
        }
        return Path.Combine(folder, DefaultName);
    }
}

/// <summary>
/// `dotnet run --project Host -- admin-key [path]`: migrates, then issues a new admin API key (every
/// scope, the bureau's organ) and writes it to a new owner-only file — the admin key file, or
/// <c>path</c>. It never replaces an existing file and revokes nothing; the key is recorded in the audit
/// trail (by the system principal) and never printed.
/// </summary>
internal static class AdminKeyCommand
{
    public const string Name = "admin-key";

    /// <returns>The file the key was written to.</returns>
    public static async Task<string> RunAsync(IServiceProvider services, string? path, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var file = Path.GetFullPath(path ?? AdminKeyFile.PathFor(configuration, services.GetRequiredService<DatabaseOptions>()));
        if (File.Exists(file))
        {
            throw new IOException($"{file} exists: move the key it holds somewhere safe (or delete it), then run admin-key again.");
        }
        services.GetRequiredService<MigrationRunner>().MigrateAll();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var bureau = await FirstStart.SeedBureauAsync(scopes, configuration, ct);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        var key = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new IssueAdminApiKeyCommand(bureau, FirstStart.AllScopes(scope.ServiceProvider), $"admin ({Name} {services.GetRequiredService<TimeProvider>().GetUtcNow():yyyy-MM-dd})"), ct);
        await OwnerOnlyFiles.WriteAsync(file, key + Environment.NewLine, replace: false, ct);
        return file;
    }
}
