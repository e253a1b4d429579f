using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace OrganAffairs.Shared.Mediation;

/// <summary>
/// Logs and traces each request by its name, outcome and duration — never its body, which may hold
/// personal data. The span is named after the request type (e.g. CreateOrganCommand).
/// </summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        using var activity = Diagnostics.Telemetry.Source.StartActivity(name);
        try
        {
            var response = await next();
            logger.LogDebug("Handled {Request} in {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            logger.LogInformation("{Request} failed after {ElapsedMs:0.0} ms with {Error}", name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }
}
