using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Localization;
using OrganAffairs.Host.OpenApi;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using Serilog;
using Serilog.Formatting.Compact;

namespace OrganAffairs.Host;

/// <summary>The HTTP host: logging, problem details, JSON, limits, Swagger, health, and the modules.</summary>
internal static class HostSetup
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddOrganAffairs(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            // Sinks registered as services join the configured ones (the tests collect the Host's lines
            // per request this way); Serilog:Console=false leaves the console to whoever runs the Host.
            log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (!builder.Configuration.GetValue("Serilog:Console", true))
            {
                return;
            }
            if (development)
            {
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}", formatProvider: CultureInfo.InvariantCulture);
            }
            else
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Enum values as their declared names only, spelled exactly as in query strings (ADR 0017); an
            // unknown name, another letter case or a number is a 400, not a silent default. The exact
            // converter comes first, so it is the one used; JsonStringEnumConverter stays because
            // Swashbuckle looks for it to document enums as strings.
            o.SerializerOptions.Converters.Add(new ExactEnumNameConverter());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            // A field the client may not set (id, status, version…) is refused, not silently dropped.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // Required and non-null members, one of each, UTC instants, no control characters (ADR 0016).
            JsonContract.Apply(o.SerializerOptions);
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(30),
            WriteTimeoutResponse = context => ProblemWriter.WriteAsync(context, SharedErrors.Timeout),
        });
        builder.Services.AddLocalization();
        builder.Services.AddSharedKernel(builder.Configuration);
        builder.Services.AddModules();
        builder.Services.AddOrganAffairsTelemetry(builder.Configuration);
        builder.Services.AddHostedService<FirstStart>();
        builder.Services.AddOpenApiDocument();
        return builder;
    }

    public static WebApplication UseOrganAffairs(this WebApplication app)
    {
        // Logging outermost sees the final status; localisation before the exception handler so
        // problems are written in the caller's language.
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(o =>
        {
            var cultures = new[] { new CultureInfo("zh-CN"), new CultureInfo("en") };
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages(WriteStatusProblemAsync);
        app.UseSecurityHeaders();
        // API requests wait for the hosted services that start beside the server (ADR 0055).
        app.UseMiddleware<OrganAffairs.Shared.Hosting.StartupGateMiddleware>();
        // The document and Swagger UI are public; everything after this needs credentials.
        app.UseOpenApiDocument();
        app.UseRouting();
        app.UseCors(HttpProtection.CorsPolicy);
        app.UseAuthentication();
        app.UseMiddleware<PrincipalMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();
        // One group without a prefix, so every route gets the conventions no endpoint may forget.
        var api = app.MapGroup("").NormaliseInstants();
        api.MapAudit();
        // The codes of every module the Host references, read once at start.
        api.MapProblemCatalogue(typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("OrganAffairs.", StringComparison.Ordinal)).Select(System.Reflection.Assembly.Load));
        api.MapModules();
        return app;
    }

    // Routing answers 404/405/415 with an empty body, and the generated request delegates a nullable value that
    // does not parse with an empty 400; give them a problem body with a code too.
    private static Task WriteStatusProblemAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (context.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            var (parameterError, fields) = UnparsedParameters.Describe(context);
            return ProblemWriter.WriteAsync(context, parameterError, fields);
        }
        var error = context.Response.StatusCode switch
        {
            404 => SharedErrors.RouteNotFound,
            405 => SharedErrors.MethodNotAllowed,
            415 => SharedErrors.UnsupportedMediaType,
            413 => SharedErrors.TooLarge,
            _ => null,
        };
        return error is null ? Task.CompletedTask : ProblemWriter.WriteAsync(context, error);
    }
}
