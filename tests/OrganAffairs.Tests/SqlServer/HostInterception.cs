using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>
/// Adds services to every Host built on a given database, however the test that builds it was
/// written: the suites create their hosts through <c>ApiFixture.CreateFactory</c>, which takes no
/// hook, so this listens to the "HostBuilding" event that every .NET host raises while it is built
/// (the same event WebApplicationFactory uses to reach Program's builder) and matches the host's
/// connection string.
/// </summary>
internal static class HostInterception
{
    private static readonly ConcurrentDictionary<string, Action<IServiceCollection>> ByConnectionString = new(StringComparer.Ordinal);
    private static int _installed;

    /// <summary>Until disposed, every Host whose ConnectionStrings:OrganAffairs is <paramref name="connectionString"/> gets <paramref name="configure"/> after its own services.</summary>
    public static IDisposable Register(string connectionString, Action<IServiceCollection> configure)
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            DiagnosticListener.AllListeners.Subscribe(new Listeners());
        }
        ByConnectionString[connectionString] = configure;
        return new Registration(connectionString);
    }

    private sealed class Registration(string connectionString) : IDisposable
    {
        public void Dispose() => ByConnectionString.TryRemove(connectionString, out _);
    }

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
            {
                listener.Subscribe(new HostEvents());
            }
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private sealed class HostEvents : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilding" && value.Value is IHostBuilder builder)
            {
                // Runs after Program registered its services, so these registrations win.
                builder.ConfigureServices((context, services) =>
                {
                    var connectionString = context.Configuration.GetConnectionString("OrganAffairs");
                    if (connectionString is not null && ByConnectionString.TryGetValue(connectionString, out var configure))
                    {
                        configure(services);
                    }
                });
            }
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
