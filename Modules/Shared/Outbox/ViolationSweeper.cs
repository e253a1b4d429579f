using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Shared.Outbox;

/// <summary>
/// A module's finder of breaches that a date makes: a deadline passed (an overdue recovery case, a
/// late report). It opens violations with <see cref="Violations.OpenOnceAsync"/>, so running it again,
/// or in two instances at once, opens each once. It runs inside one transaction as the system principal.
/// </summary>
public interface IViolationSweep
{
    Duty Duty { get; }

    Task SweepAsync(DateOnly today, CancellationToken ct);
}

public static class ViolationSweepRegistration
{
    /// <summary>Registers a module's sweep; the <see cref="ViolationSweeper"/> runs every registered one.</summary>
    public static IServiceCollection AddViolationSweep<T>(this IServiceCollection services) where T : class, IViolationSweep =>
        services.AddScoped<IViolationSweep, T>();
}

/// <summary>
/// Runs every module's <see cref="IViolationSweep"/> for a business date, each as its own command
/// (transaction, retry, audit), so one module's failure leaves the others' violations written. In
/// every Host instance it sweeps at start and then each `Violations:SweepInterval` (default one hour);
/// `Violations:SweepEnabled=false` turns it off in an instance (tests run it by date instead).
/// </summary>
public sealed class ViolationSweeper(IServiceScopeFactory scopes, BusinessClock clock, IConfiguration configuration, ILogger<ViolationSweeper> logger)
    : BackgroundService
{
    /// <summary>Runs every sweep for <paramref name="today"/>; answers the duties swept.</summary>
    public async Task<IReadOnlyList<Duty>> RunAsync(DateOnly today, CancellationToken ct)
    {
        List<(Duty Duty, Type Sweep)> sweeps;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sweeps = scope.ServiceProvider.GetServices<IViolationSweep>().Select(s => (s.Duty, s.GetType())).ToList();
        }
        foreach (var (duty, sweep) in sweeps)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SweepViolationsCommand(sweep, today), ct);
            logger.LogDebug("Violation sweep {Duty} ran for {Today}", duty, today);
        }
        return sweeps.Select(s => s.Duty).ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Violations:SweepEnabled", true))
        {
            return;
        }
        using var timer = new PeriodicTimer(configuration.GetValue("Violations:SweepInterval", TimeSpan.FromHours(1)));
        do
        {
            try
            {
                await RunAsync(clock.Today, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be down or not migrated yet: try again at the next tick.
                logger.LogWarning(ex, "Violation sweep failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Runs one module's sweep as a command, so it gets the transaction and the outbox flush.</summary>
internal sealed record SweepViolationsCommand(Type Sweep, DateOnly Today) : ICommand<Unit>;

internal sealed class SweepViolationsHandler(IEnumerable<IViolationSweep> sweeps) : IRequestHandler<SweepViolationsCommand, Unit>
{
    public async Task<Unit> Handle(SweepViolationsCommand request, CancellationToken cancellationToken)
    {
        var sweep = sweeps.Single(s => s.GetType() == request.Sweep);
        await sweep.SweepAsync(request.Today, cancellationToken);
        return Unit.Value;
    }
}
