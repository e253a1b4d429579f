using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Features;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// DESIGN, "New consumers of old events": the outbox does not redeliver the <see cref="MeetingServicesRequested"/> published
/// before this module consumed it, so at start (after the migrations) the bookings with add-ons are paged through once with
/// Buildings' <see cref="ListBookingsWithAddOnsQuery"/> (add-ons read in chunks), keyed by booking id: a pending or approved
/// booking's add-ons go through <see cref="RecordMeetingServicesCommand"/> (an order its event already made is a no-op); a
/// cancelled or rejected booking makes none. The source is marked done in logistics_backfill and skipped at the next start.
/// </summary>
internal sealed class ServiceOrderBackfill(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ServiceOrderBackfill> logger) : IHostedService
{
    public const string Source = "BookingAddOns";
    public const int PageSize = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Logistics:BackfillOnStart", true))
        {
            return;
        }
        try
        {
            await RunAsync(force: false, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The Host serves anyway; the next start tries again (nothing was marked done).
            logger.LogWarning(ex, "Logistics service-order backfill failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Backfills unless already done (always when <paramref name="force"/>); answers the service orders created.</summary>
    public async Task<int> RunAsync(bool force, CancellationToken ct)
    {
        if (!force && await DoneAsync(ct))
        {
            return 0;
        }
        var created = 0;
        Guid? after = null;
        do
        {
            var page = await SendAsync(new ListBookingsWithAddOnsQuery(after, PageSize), ct);
            foreach (var booking in page.Items.Where(b => b.Status is BookingStatus.Pending or BookingStatus.Approved && b.AddOns.Count > 0))
            {
                created += await SendAsync(RecordMeetingServicesCommand.From(booking), ct);
            }
            after = page.Next;
        }
        while (after is not null);
        await SendAsync(new MarkServiceOrdersBackfilledCommand(Source), ct);
        logger.LogInformation("Logistics backfill of booking add-ons: {Orders} service orders", created);
        return created;
    }

    private async Task<bool> DoneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceOrderRepository>().BackfilledAsync(Source, ct);
    }

    /// <summary>Each request in its own scope as the system principal, so every booking is its own transaction.</summary>
    private async Task<T> SendAsync<T>(IRequest<T> request, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
    }
}
