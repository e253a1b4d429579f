using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OrganAffairs.Shared.Diagnostics;

namespace OrganAffairs.Host;

/// <summary>
/// OpenTelemetry traces and metrics (docs/adr/0036): on when <c>OpenTelemetry:Endpoint</c> names an OTLP
/// collector (or <c>OpenTelemetry:Enabled</c> is true, for an exporter added in code), off otherwise — then
/// nothing listens and the request path pays nothing.
/// </summary>
internal static class Telemetry
{
    public static IServiceCollection AddOrganAffairsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint) && !configuration.GetValue<bool>("OpenTelemetry:Enabled"))
        {
            return services;
        }
        var otlp = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : null;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(OrganAffairs.Shared.Diagnostics.Telemetry.Name))
            .WithTracing(t =>
            {
                t.AddSource(OrganAffairs.Shared.Diagnostics.Telemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                    .AddHttpClientInstrumentation()
                    .AddSqlClientInstrumentation()
                    .AddNpgsql();
                if (otlp is not null)
                {
                    t.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(OrganAffairs.Shared.Diagnostics.Telemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (otlp is not null)
                {
                    m.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return services;
    }
}
