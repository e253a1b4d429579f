using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Features;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Support;

/// <summary>
/// Every module that publishes violations, with its Contracts backfill query (DESIGN "New consumers of old events"). The
/// list is explicit, so adding a source is a decision; an architecture test fails when a Contracts folder declares a
/// <see cref="ListOpenViolations"/> query that is not here.
/// </summary>
internal static class ViolationSources
{
    public static readonly IReadOnlyDictionary<string, Func<Guid?, int, ListOpenViolations>> All = new Dictionary<string, Func<Guid?, int, ListOpenViolations>>
    {
        ["Buildings"] = (after, size) => new ListOpenBuildingsViolations(after, size),
        ["Vehicles"] = (after, size) => new ListOpenVehiclesViolations(after, size),
        ["Energy"] = (after, size) => new ListOpenEnergyViolations(after, size),
        ["Assets"] = (after, size) => new ListOpenAssetsViolations(after, size),
        ["Reception"] = (after, size) => new ListOpenReceptionViolations(after, size),
        ["ForeignAffairs"] = (after, size) => new ListOpenForeignAffairsViolations(after, size),
        ["Logistics"] = (after, size) => new ListOpenLogisticsViolations(after, size),
        ["Costs"] = (after, size) => new ListOpenCostsViolations(after, size),
        ["Guidance"] = (after, size) => new OrganAffairs.Contracts.Guidance.ListOpenGuidanceViolations(after, size),
    };
}

/// <summary>
/// Loads each source's open violations into the dashboard once, at the first start that finds the source not yet loaded
/// (guidance_violation_backfill), each source as its own command. Rows are keyed by the violation id, so a violation that
/// also arrives as an event, or a backfill run by two instances at once, is counted once. <c>Guidance:BackfillEnabled=false</c>
/// turns the start-up run off in an instance (tests run it with <see cref="RunAsync"/>).
/// </summary>
internal sealed class ViolationBackfill(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ViolationBackfill> logger) : BackgroundService
{
    /// <summary>Backfills every source not yet loaded; answers how many violations each source added (null: loaded before).</summary>
    public async Task<IReadOnlyDictionary<string, int?>> RunAsync(CancellationToken ct)
    {
        var result = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var source in ViolationSources.All.Keys)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            result[source] = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BackfillViolationsCommand(source), ct);
        }
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Guidance:BackfillEnabled", true))
        {
            return;
        }
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var loaded = await RunAsync(stoppingToken);
                foreach (var (source, count) in loaded.Where(l => l.Value is not null))
                {
                    logger.LogInformation("Violations dashboard backfilled {Count} open violations of {Source}", count, source);
                }
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be unreachable at start: try again, less and less often.
                logger.LogWarning(ex, "Violations dashboard backfill failed (attempt {Attempt})", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(300, 5 * attempt)), stoppingToken);
            }
        }
    }
}
