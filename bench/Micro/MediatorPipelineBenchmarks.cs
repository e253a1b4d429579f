using OrganAffairs.Contracts.Common;
using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Bench.Micro;

public sealed record PingQuery(Guid Id) : IQuery<Guid>;

public sealed class PingHandler : IRequestHandler<PingQuery, Guid>
{
    public Task<Guid> Handle(PingQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Id);
}

/// <summary>
/// What the MediatR pipeline costs one query, beside calling its handler: a request scope as
/// ASP.NET Core makes one, the Shared kernel's registrations (Logging → Validation → Transaction
/// behaviours, unit of work, audit trail, outbox buffer…), no database.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MediatorPipelineBenchmarks
{
    private ServiceProvider _services = null!;
    private readonly PingQuery _query = new(Guid.NewGuid());

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OrganAffairs"] = "Data Source=:memory:",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSharedKernel(configuration);
        services.AddTransient<IRequestHandler<PingQuery, Guid>, PingHandler>();
        _services = services.BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "scope + handler, no mediator")]
    public async Task<Guid> Handler()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRequestHandler<PingQuery, Guid>>().Handle(_query, CancellationToken.None);
    }

    [Benchmark(Description = "scope + IMediator.Send through the behaviours")]
    public async Task<Guid> Mediator()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_query, CancellationToken.None);
    }
}
