using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrganAffairs.Tests.SqlServer;
using OrganAffairs.Shared.Data;
using Xunit;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>The Host on a real database of one provider, with a database of its own per test class.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _factories = [];

    public abstract DatabaseProvider Provider { get; }
    public string ConnectionString { get; private set; } = "";
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;
    private readonly string _adminKeyFile = Path.Combine(Path.GetTempPath(), $"oa-admin-{Guid.NewGuid():N}.key");

    /// <summary>The first-start admin key of this class's database: every scope, the bureau's organ.</summary>
    public string AdminKey { get; private set; } = "";

    /// <summary>The bureau's organ, seeded at first start from the default configuration.</summary>
    public Guid BureauOrganId { get; private set; }

    /// <summary>The class's default Host, started on first use (outbox tests start their own instead).</summary>
    public WebApplicationFactory<Program> Factory => _factory ??= CreateFactory();
    public HttpClient Client => _client ??= ClientFor(Factory);

    /// <summary>A client of the given Host instance that sends the admin key (or <paramref name="apiKey"/>).</summary>
    public HttpClient ClientFor(WebApplicationFactory<Program> factory, string? apiKey = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey ?? AdminKey);
        return client;
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient AnonymousClient() => Factory.CreateClient();

    protected abstract string? SkipReason { get; }
    protected abstract Task<string> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        ConnectionString = await CreateDatabaseAsync();
        // Migrate once with a short-lived host, so tests can read the tables before any host of theirs runs.
        // That first start also seeds the bureau and writes the admin key file.
        using var migrate = CreateFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        using (var client = migrate.CreateClient())
        {
            // The first Host of the run serves the document every answer is checked against (Http.ReadAsync, ProblemAsync).
            await ContractValidator.LoadServedAsync(client);
        }
        AdminKey = (await File.ReadAllTextAsync(_adminKeyFile)).Trim();
        File.Delete(_adminKeyFile);
        await using var connection = OpenConnection();
        BureauOrganId = await connection.ExecuteScalarAsync<Guid>("SELECT id FROM organs_organ WHERE uscc = @Uscc", new { Uscc = "11320100MB0000000J" });
    }

    /// <summary>Another Host instance on the same database (a restart, or a second instance).</summary>
    public WebApplicationFactory<Program> CreateFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", Provider.ToString());
            builder.UseSetting("ConnectionStrings:OrganAffairs", ConnectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
            // The run prints results; the Host's lines go to HostLog, shown with the request a test fails on.
            builder.UseSetting("Serilog:Console", "false");
            builder.ConfigureTestServices(s => s.AddSingleton<Serilog.Core.ILogEventSink>(HostLog.Sink));
            builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
            builder.UseSetting("Access:AdminKeyFile", _adminKeyFile);
            builder.UseSetting("RateLimiting:PermitLimit", "1000000");
            // Reservations start only when a test asks (or turns the sweep on for its own host).
            builder.UseSetting("Assets:ReservationSweepEnabled", "false");
            // Violation sweeps run when a test asks, for the date it names (ViolationSweeper.RunAsync).
            builder.UseSetting("Violations:SweepEnabled", "false");
            // The maintenance generator runs when a test asks (POST …/maintenance-plans/generate).
            builder.UseSetting("Logistics:MaintenanceTimerEnabled", "false");
            // Small import chunks, so the tests' files cross several chunk boundaries.
            builder.UseSetting("Energy:ImportChunkSize", "2500");
            builder.UseSetting("Auth:Jwt:Issuer", TestJwt.Issuer);
            builder.UseSetting("Auth:Jwt:Audience", TestJwt.Audience);
            builder.UseSetting("Auth:Jwt:SigningKeys:0", TestJwt.PublicKeyPem);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
            if (Provider == DatabaseProvider.Sqlite)
            {
                // SQLite would store a +08:00 instant as text that compares wrongly: fail the command instead.
                // (A recorder the SQL Server check registers takes precedence and checks the same.)
                builder.ConfigureTestServices(s => s.TryAddSingleton<IConnectionInterceptor>(SqlRecorder.Guard()));
            }
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
        _factories.Add(factory);
        return factory;
    }

    public DbConnection OpenConnection()
    {
        var connection = new ConnectionFactory(new DatabaseOptions { Provider = Provider, ConnectionString = ConnectionString }).Create();
        connection.Open();
        return connection;
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1", object? parameters = null)
    {
        await using var connection = OpenConnection();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE {where}", parameters);
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
        return Task.CompletedTask;
    }
}

public sealed class SqliteApiFixture : ApiFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string? SkipReason => null;

    protected override Task<string> CreateDatabaseAsync()
    {
        TypeHandlers.Register();
        var file = Path.Combine(Path.GetTempPath(), $"oa-test-{Guid.NewGuid():N}.db");
        // The default connection string's wait for the write lock (DatabaseOptions.DefaultSqliteConnectionString).
        return Task.FromResult($"Data Source={file};Default Timeout=30;Foreign Keys=True");
    }
}

public sealed class PostgreSqlApiFixture : ApiFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    protected override string? SkipReason => PostgresServer.SkipReason();

    protected override async Task<string> CreateDatabaseAsync()
    {
        TypeHandlers.Register();
        return await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
    }
}
