using MediatR;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Host;

/// <summary>Configuration section "Bureau": the bureau's own organ, seeded at first start.</summary>
internal sealed class BureauOptions
{
    public string Name { get; set; } = "";
    public string DivisionCode { get; set; } = "";
    public string UnifiedSocialCreditCode { get; set; } = "";
}

/// <summary>
/// Runs after the migrations and before the server listens: makes sure the bureau's organ exists
/// (its principals see every organ), and on an empty database creates one admin API key, writes it
/// to a file only the owner can read, and logs the file's path — never the key.
/// </summary>
internal sealed class FirstStart(IServiceScopeFactory scopes, BureauOrgan bureau, IConfiguration configuration, DatabaseOptions database, ILogger<FirstStart> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = configuration.GetSection("Bureau").Get<BureauOptions>() ?? new BureauOptions();
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var command = new EnsureBureauOrganCommand(options.Name, options.DivisionCode, options.UnifiedSocialCreditCode);
            bureau.Set(await OnceMoreIfRacedAsync(() => mediator.Send(command, cancellationToken)));
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            var allScopes = scope.ServiceProvider.GetServices<DeclaredScope>().Select(s => s.Name).Distinct().ToList();
            string? key;
            try
            {
                key = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EnsureAdminApiKeyCommand(bureau.Id!.Value, allScopes), cancellationToken);
            }
            catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
            {
                key = null; // another instance starting at the same moment created it
            }
            if (key is not null)
            {
                var path = KeyFilePath();
                await WriteOwnerOnlyAsync(path, key + Environment.NewLine, cancellationToken);
                log.LogWarning("First start: an admin API key was written to {AdminKeyFile}. Use it as X-Api-Key (Swagger UI: Authorize), then store it safely and delete the file.", path);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Two instances seeding the bureau at once: the loser of the unique credit code finds the winner's row.
    private static async Task<Guid> OnceMoreIfRacedAsync(Func<Task<Guid>> seed)
    {
        try
        {
            return await seed();
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            return await seed();
        }
    }

    /// <summary>Access:AdminKeyFile, or organaffairs-admin.key beside the SQLite database, or in the working directory.</summary>
    private string KeyFilePath()
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
        return Path.Combine(folder, "organaffairs-admin.key");
    }

    private static async Task WriteOwnerOnlyAsync(string path, string text, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(text.AsMemory(), ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
