using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Hosting;

/// <summary>
/// The hosted services start concurrently with the server (ADR 0055): the migrations first, in every service's
/// <c>StartingAsync</c> stage, then the bureau's seeding, the backfills, the workers and Kestrel side by side. The gate
/// opens when every one of them has started; until then API requests are 503 with Retry-After and readiness is
/// unhealthy, so no request sees a half-started Host, while the first readiness probe already builds the route table.
/// </summary>
public sealed class StartupGate
{
    private volatile bool open;

    public bool IsOpen => open;

    internal void Open() => open = true;
}

/// <summary>Opens the gate once every hosted service's StartAsync has completed (the host's Started stage).</summary>
internal sealed class StartupGateOpener(StartupGate gate) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        gate.Open();
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Ready means started, too.</summary>
internal sealed class StartupHealthCheck(StartupGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Starting"));
}

/// <summary>Until the gate opens, everything but the health probes and the public document is 503 with Retry-After.</summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (gate.IsOpen || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/swagger"))
        {
            return next(context);
        }
        context.Response.Headers.RetryAfter = "1";
        return ProblemWriter.WriteAsync(context, SharedErrors.Starting);
    }
}
