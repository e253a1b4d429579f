using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Vehicles.Domain;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>The Vehicles module's violations in the Shared ledger: over quota (V6) and overdue reminders (V7), published, backfilled and closed by the correction.</summary>
public abstract class VehiclesViolationsTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/vehicles";
    private HttpClient Client => fixture.Client;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    private Task<long> EventsAsync(string type, Guid subject) =>
        fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject",
            new { Type = $"OrganAffairs.Contracts.Violations.{type}", Subject = $"%{subject:D}%" });

    private async Task<List<OpenViolation>> OpenAsync()
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenVehiclesViolations(after, 50));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }

    private async Task SetQuotaAsync(Guid organId, int emergencySupport) =>
        await (await Client.PutJsonAsync($"{Url}/quotas/{organId}", new
        {
            quotas = new object[] { new { category = "EmergencySupport", approved = emergencySupport }, new { category = "Other", approved = 5 } },
        }, null)).ReadAsync<QuotaResponse>();

    private Task SweepAsync(DateOnly today) => fixture.Factory.Services.GetRequiredService<ViolationSweeper>().RunAsync(today, CancellationToken.None);

    [ProviderFact]
    public async Task A_quota_set_below_holdings_opens_an_over_quota_violation_until_holdings_are_within_it()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 2);
        var kept = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, purchasedOn: "2010-01-01"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var old = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, purchasedOn: "2010-01-01"))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        var subject = QuotaSubject.Of(organ.Id, VehicleCategory.EmergencySupport);

        // At the boundary (2 held, 2 approved) nothing opens; one below, it does — once, however often the quota is set.
        await SetQuotaAsync(organ.Id, 2);
        Assert.Equal(0, await EventsAsync(nameof(ViolationOpened), subject));
        await SetQuotaAsync(organ.Id, 1);
        await SetQuotaAsync(organ.Id, 1);
        Assert.Equal(1, await EventsAsync(nameof(ViolationOpened), subject));
        var open = Assert.Single(await OpenAsync(), v => v.Violation.OrganId == organ.Id);
        Assert.Equal((subject, "vehicles.over-quota", "V6", Duty.Vehicles, "320100"),
            (open.Violation.SubjectId, open.Violation.Kind, open.Violation.RuleId, open.Violation.Duty, open.Violation.DivisionCode));
        // The quota row is the subject: its id stays the same when the quota is replaced.
        Assert.Equal(1, await fixture.CountAsync("vehicles_quota", "id = @Subject", new { Subject = subject }));

        // Back within it by a new quota: closed.
        await SetQuotaAsync(organ.Id, 2);
        Assert.Equal(1, await EventsAsync(nameof(ViolationClosed), subject));
        Assert.DoesNotContain(await OpenAsync(), v => v.Violation.OrganId == organ.Id);

        // Over again, then back within it by a disposal: a new violation, closed by the disposal.
        await SetQuotaAsync(organ.Id, 1);
        Assert.Equal(2, await EventsAsync(nameof(ViolationOpened), subject));
        await (await Client.PostJsonAsync($"{Url}/{old.Id}/dispose", new { method = "Auction", disposedOn = Today.ToString("yyyy-MM-dd"), proceeds = 100m, reference = "处置〔2026〕1号" }))
            .ReadAsync<VehicleResponse>();
        Assert.Equal(2, await EventsAsync(nameof(ViolationClosed), subject));
        Assert.DoesNotContain(await OpenAsync(), v => v.Violation.OrganId == organ.Id);
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Subject AND close_reason = 'Corrected' AND note LIKE '%1 ≤ 1%'", new { Subject = subject }));
        Assert.NotEqual(kept.Id, old.Id);

        // Bad input writes no violation.
        await (await Client.PutJsonAsync($"{Url}/quotas/{organ.Id}", new { quotas = new[] { new { category = "EmergencySupport", approved = -1 } } }, null))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(2, await fixture.CountAsync("shared_violation", "organ_id = @Id", new { organ.Id }));
    }

    [ProviderFact]
    public async Task An_overdue_reminder_is_swept_into_a_violation_once_and_closed_when_done_or_its_vehicle_leaves()
    {
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Client, perCategory: 5);
        var vehicle = await (await Client.PostJsonAsync(Url, VehicleTestData.Vehicle(organ.Id, purchasedOn: "2010-01-01", odometer: 10_000))).ReadAsync<VehicleResponse>(HttpStatusCode.Created);
        async Task<ReminderResponse> ReminderAsync(DateOnly? dueOn, int? dueKm) =>
            await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/reminders", new { kind = "Insurance", dueOn = dueOn?.ToString("yyyy-MM-dd"), dueKm, note = "测试" }))
                .ReadAsync<ReminderResponse>(HttpStatusCode.Created);
        var yesterday = await ReminderAsync(Today.AddDays(-1), null);
        var dueToday = await ReminderAsync(Today, null);
        var mileage = await ReminderAsync(null, 10_000);
        var notYet = await ReminderAsync(null, 10_001);

        await SweepAsync(Today);
        await SweepAsync(Today);
        var opened = new List<long>();
        foreach (var reminder in new[] { yesterday, dueToday, mileage, notYet })
        {
            opened.Add(await EventsAsync(nameof(ViolationOpened), reminder.Id));
        }
        Assert.Equal([1L, 0L, 1L, 0L], opened);
        var open = (await OpenAsync()).Where(v => v.Violation.OrganId == organ.Id).ToList();
        Assert.Equal(new[] { yesterday.Id, mileage.Id }.Order(), open.Select(v => v.Violation.SubjectId).Order());
        Assert.All(open, v => Assert.Equal(("vehicles.overdue-reminder", "V7", Today), (v.Violation.Kind, v.Violation.RuleId, v.OpenedOn)));

        // The next day the one due today is overdue too.
        await SweepAsync(Today.AddDays(1));
        Assert.Equal(1, await EventsAsync(nameof(ViolationOpened), dueToday.Id));

        await (await Client.PostJsonAsync($"{Url}/reminders/{yesterday.Id}/done", new { doneOn = Today.ToString("yyyy-MM-dd") })).ReadAsync<ReminderResponse>();
        Assert.Equal(1, await EventsAsync(nameof(ViolationClosed), yesterday.Id));
        await (await Client.PostJsonAsync($"{Url}/{vehicle.Id}/dispose", new { method = "Scrap", disposedOn = Today.ToString("yyyy-MM-dd"), proceeds = 0m, reference = "报废〔2026〕2号" }))
            .ReadAsync<VehicleResponse>();
        Assert.Equal(1, await EventsAsync(nameof(ViolationClosed), mileage.Id));
        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Id AND close_reason = 'SubjectEnded'", new { mileage.Id }));
        Assert.DoesNotContain(await OpenAsync(), v => v.Violation.OrganId == organ.Id);
        // A disposed vehicle's reminders are no longer swept.
        await SweepAsync(Today.AddDays(2));
        Assert.Equal(0, await EventsAsync(nameof(ViolationOpened), notYet.Id));
    }
}
