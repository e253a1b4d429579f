using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>A Host whose clock the test moves, and the module's open violations as the backfill query answers them.</summary>
internal static class ForeignAffairsTimeHost
{
    /// <summary>Noon of the day in Asia/Shanghai.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    public static (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) Start(ApiFixture fixture, DateOnly today)
    {
        var time = new FakeTimeProvider(At(today));
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    public static async Task<IReadOnlyList<OpenViolation>> OpenViolationsAsync(WebApplicationFactory<Program> factory)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenForeignAffairsViolations(after, 50));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }
}
