using System.Data.Common;
using System.Net;
using Dapper;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Tests.Integration.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// Idempotency-Key under faults: scoped to the concrete path, a lease that a failed attempt gives back
/// (or that ends with the endpoint's time limit), and a completion committed with the change.
/// </summary>
public abstract class IdempotencyTests(ApiFixture fixture)
{
    private const string Organs = "/api/v1/organs";

    [ProviderFact]
    public async Task A_key_is_scoped_to_the_concrete_path_not_the_route_pattern()
    {
        var setup = new BuildingsSetup(fixture.Client);
        var a = await setup.BuildingAsync();
        var b = await setup.BuildingAsync();
        var key = "floor-" + Guid.NewGuid();
        var body = new { label = "1F", level = 1 };

        var inA = await (await fixture.Client.PostJsonAsync($"{BuildingsSetup.Root}/{a.Id}/floors", body, key)).ReadAsync<FloorResponse>(HttpStatusCode.Created);
        var second = await fixture.Client.PostJsonAsync($"{BuildingsSetup.Root}/{b.Id}/floors", body, key);
        var inB = await second.ReadAsync<FloorResponse>(HttpStatusCode.Created);

        // The same key on another building's floors is another act: B gets its own floor, A's is not replayed.
        Assert.Equal((a.Id, b.Id), (inA.BuildingId, inB.BuildingId));
        Assert.NotEqual(inA.Id, inB.Id);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        // The same path in other letter case is the same act.
        var again = await fixture.Client.PostJsonAsync($"{BuildingsSetup.Root}/{a.Id.ToString().ToUpperInvariant()}/floors", body, key);
        Assert.Equal(inA.Id, (await again.ReadAsync<FloorResponse>(HttpStatusCode.Created)).Id);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
    }

    [ProviderFact]
    public async Task An_answer_that_changed_nothing_frees_the_key()
    {
        var key = "nothing-" + Guid.NewGuid();
        // Refused by validation (400) and by a rule of the module (409): nothing was written, so nothing is kept.
        await (await fixture.Client.PostJsonAsync(Organs, TestData.Organ(name: ""), key)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var taken = await (await fixture.Client.PostJsonAsync(Organs, TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await (await fixture.Client.PostJsonAsync(Organs, TestData.Organ(taken.UnifiedSocialCreditCode), key)).ProblemAsync(HttpStatusCode.Conflict, "organs.uscc-taken");
        Assert.Equal(0, await fixture.CountAsync("shared_idempotency_key", "idempotency_key = @Key", new { Key = key }));

        // The client corrects the request and retries with its key: it runs, it is not 422.
        var created = await (await fixture.Client.PostJsonAsync(Organs, TestData.Organ(), key)).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.Equal(1, await fixture.CountAsync("shared_idempotency_key", "idempotency_key = @Key AND completed_at IS NOT NULL", new { Key = key }));
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "id = @Id", new { created.Id }));
    }

    [ProviderFact]
    public async Task The_lease_lasts_the_endpoint_time_limit()
    {
        var key = "lease-" + Guid.NewGuid();
        await (await fixture.Client.PostJsonAsync(Organs, TestData.Organ(), key)).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await using var connection = fixture.OpenConnection();
        var row = await connection.QuerySingleAsync<LeaseRow>(
            "SELECT created_at, lease_until FROM shared_idempotency_key WHERE idempotency_key = @Key", new { Key = key });
        // The default request time limit (30 s); the readings import's lease is its own 20 minutes (EnergyImportTests).
        Assert.Equal(TimeSpan.FromSeconds(30), row.LeaseUntil - row.CreatedAt);
    }

    [ProviderFact]
    public async Task A_committed_change_keeps_its_key_when_the_database_goes_away_before_the_answer()
    {
        var faults = new Faults(fixture.Provider);
        using var host = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }, faults.Register);
        var client = fixture.ClientFor(host);
        var key = "outage-" + Guid.NewGuid();
        var body = TestData.Organ();

        // The change and its key commit on the connection already open; then the database stops answering.
        faults.CutAfterChange = true;
        var first = await (await client.PostJsonAsync(Organs, body, key)).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        faults.CutAfterChange = false;
        // While it is away the retry cannot even be looked up.
        await (await client.PostJsonAsync(Organs, body, key)).ProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");

        faults.Connections.Down = false;
        var retry = await client.PostJsonAsync(Organs, body, key);
        var replayed = await retry.ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.Equal(first with { Headcount = [] }, replayed with { Headcount = [] });
        Assert.Equal($"{Organs}/{first.Id}", retry.Headers.Location?.OriginalString);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "uscc = @Uscc", new { Uscc = first.UnifiedSocialCreditCode }));
    }

    [ProviderFact]
    public async Task A_failed_attempt_whose_release_cannot_be_written_is_refused_only_until_its_lease_ends()
    {
        var faults = new Faults(fixture.Provider);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }, services =>
        {
            faults.Register(services);
            services.AddSingleton<TimeProvider>(clock);
        });
        var client = fixture.ClientFor(host);
        var key = "failed-" + Guid.NewGuid();
        var body = TestData.Organ();

        // The database goes away in the middle of the change: 503, and the lease cannot be given back.
        faults.FailChange = true;
        await (await client.PostJsonAsync(Organs, body, key)).ProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
        faults.FailChange = false;
        faults.Connections.Down = false;
        Assert.Equal(1, await fixture.CountAsync("shared_idempotency_key", "idempotency_key = @Key AND completed_at IS NULL", new { Key = key }));

        // The lease still runs: the retry is told to wait, not refused for good.
        await (await client.PostJsonAsync(Organs, body, key)).ProblemAsync(HttpStatusCode.Conflict, "idempotency.in-progress");
        clock.Advance(TimeSpan.FromSeconds(31));
        var created = await (await client.PostJsonAsync(Organs, body, key)).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "id = @Id", new { created.Id }));
    }

    private sealed class LeaseRow
    {
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset LeaseUntil { get; init; }
    }
}

/// <summary>Faults a test switches on: the database going away during or right after an organ's creation.</summary>
internal sealed class Faults(DatabaseProvider provider)
{
    public SwitchableConnections Connections { get; } = new(provider);

    /// <summary>After the change is written, inside its transaction: no new connection reaches the database any more.</summary>
    public volatile bool CutAfterChange;

    /// <summary>The change fails as if the database went away under it, and stays away.</summary>
    public volatile bool FailChange;

    public void Register(IServiceCollection services)
    {
        // Keep an interceptor already there (the SQL Server text run records through one) inside this one.
        Connections.Inner = services.LastOrDefault(d => d.ServiceType == typeof(IConnectionInterceptor))?.ImplementationInstance as IConnectionInterceptor;
        services.AddSingleton<IConnectionInterceptor>(Connections);
        services.AddSingleton(this);
        // Registered last, so it runs innermost: inside the Transaction behaviour, around the handler.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(FaultBehavior<,>));
    }
}

internal sealed class FaultBehavior<TRequest, TResponse>(Faults faults) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (typeof(TRequest).Name != "CreateOrganCommand")
        {
            return await next();
        }
        if (faults.FailChange)
        {
            faults.Connections.Down = true;
            throw new TimeoutException("The database stopped answering during the change.");
        }
        var result = await next();
        if (faults.CutAfterChange)
        {
            faults.Connections.Down = true;
        }
        return result;
    }
}

/// <summary>While <see cref="Down"/>, every new connection points at a database that cannot be reached.</summary>
internal sealed class SwitchableConnections(DatabaseProvider provider) : IConnectionInterceptor
{
    public volatile bool Down;

    /// <summary>An interceptor registered before this one, which still wraps every connection that is up.</summary>
    public IConnectionInterceptor? Inner { get; set; }

    public DbConnection Wrap(DbConnection connection)
    {
        if (!Down)
        {
            return Inner?.Wrap(connection) ?? connection;
        }
        connection.Dispose();
        return provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection($"Data Source={Path.Combine(Path.GetTempPath(), "oa-missing-" + Guid.NewGuid().ToString("N"), "none.db")};Mode=ReadWrite"),
            DatabaseProvider.PostgreSql => new NpgsqlConnection("Host=127.0.0.1;Port=1;Timeout=2;Pooling=false;Username=none;Database=none"),
            _ => new Microsoft.Data.SqlClient.SqlConnection("Server=127.0.0.1,1;Connect Timeout=2;Pooling=false;Encrypt=false"),
        };
    }
}
