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
        bureau.Set(await SeedBureauAsync(scopes, configuration, cancellationToken));
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            var allScopes = AllScopes(scope.ServiceProvider);
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
                var path = AdminKeyFile.PathFor(configuration, database);
                await OwnerOnlyFiles.WriteAsync(path, key + Environment.NewLine, replace: true, cancellationToken);
                log.LogWarning("First start: an admin API key was written to {AdminKeyFile}. Use it as X-Api-Key (Swagger UI: Authorize), then store it safely and delete the file.", path);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bureau's organ from configuration section "Bureau": created when missing; its id.</summary>
    internal static async Task<Guid> SeedBureauAsync(IServiceScopeFactory scopes, IConfiguration configuration, CancellationToken ct)
    {
        var options = configuration.GetSection("Bureau").Get<BureauOptions>() ?? new BureauOptions();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var command = new EnsureBureauOrganCommand(options.Name, options.DivisionCode, options.UnifiedSocialCreditCode);
        return await OnceMoreIfRacedAsync(() => mediator.Send(command, ct));
    }

    /// <summary>Every scope the modules declare: what an admin key holds.</summary>
    internal static List<string> AllScopes(IServiceProvider services) =>
        services.GetServices<DeclaredScope>().Select(s => s.Name).Distinct().ToList();

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
}
