using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Tests.Infrastructure;
using StandardWebhooks;
using Xunit;

namespace OrganAffairs.Tests.Integration.Webhooks;

/// <summary>
/// Webhooks end to end: events written to the outbox reach a receiver started here on loopback, signed so that the
/// Standard Webhooks library's verifier accepts them; retries, the disable, rotation, the delivery log and bad input.
/// Each test runs its own Host(s) with loopback and http allowed and short back-off (the fixture's default Host is never
/// started here: its worker would refuse loopback targets).
/// </summary>
public abstract class WebhooksApiTests(ApiFixture fixture)
{
    protected const string Retired = "organaffairs.organs.StaffRetired";

    protected static Dictionary<string, string?> Settings(int disableAfter = 50, int networkRetries = 0) => new()
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowLoopback"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:BaseDelay"] = "00:00:00.100",
        ["Webhooks:MaxDelay"] = "00:00:00.400",
        ["Webhooks:AttemptTimeout"] = "00:00:05",
        ["Webhooks:NetworkRetries"] = networkRetries.ToString(),
        ["Webhooks:DisableAfterFailures"] = disableAfter.ToString(),
    };

    protected ApiFixture Fixture => fixture;

    protected static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(50);
        }
    }

    protected static async Task<OrganResponse> OrganAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    protected static async Task<(WebhookSubscriptionResponse Subscription, string Secret, string ETag)> SubscribeAsync(HttpClient client, string url, Guid organId, params string[] types)
    {
        var response = await client.PostJsonAsync("/api/v1/webhooks", new { targetUrl = url, description = "市政务数据平台", eventTypes = types.Length == 0 ? [Retired] : types, modules = new[] { "organs" }, organId });
        var etag = response.ETag();
        var created = await response.ReadAsync<WebhookSubscriptionWithSecretResponse>(HttpStatusCode.Created);
        return (created.Subscription, created.Secret, etag);
    }

    /// <summary>Writes StaffRetired events of the organ to the outbox, as a committed change would (the dispatcher then runs the hook).</summary>
    protected async Task<IReadOnlyList<Guid>> RetireAsync(Guid organId, int count, IReadOnlyList<Guid>? eventIds = null)
    {
        var ids = eventIds ?? Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var now = DateTimeOffset.UtcNow;
        await using var connection = fixture.OpenConnection();
        foreach (var eventId in ids)
        {
            var e = new StaffRetired(eventId, now, Guid.NewGuid(), organId, new DateOnly(2026, 12, 1));
            await connection.ExecuteAsync(
                "INSERT INTO shared_outbox (id, type, payload, occurred_at, next_attempt_at, attempts) VALUES (@Id, @Type, @Payload, @Now, @Now, 0)",
                new { Id = Guid.NewGuid(), Type = typeof(StaffRetired).FullName, Payload = JsonSerializer.Serialize(e, new JsonSerializerOptions(JsonSerializerDefaults.Web)), Now = now });
        }
        return ids;
    }

    protected static async Task<PagedResultOf<WebhookDeliveryResponse>> DeliveriesAsync(HttpClient client, Guid subscriptionId, string query = "") =>
        await (await client.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries?pageSize=200{query}")).ReadAsync<PagedResultOf<WebhookDeliveryResponse>>();

    public sealed record PagedResultOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);

    [ProviderFact]
    public async Task Events_arrive_as_signed_CloudEvents_the_library_verifies_once_per_event_and_the_log_shows_them()
    {
        using var receiver = new WebhookReceiver();
        using var host = fixture.CreateFactory(Settings());
        var client = fixture.ClientFor(host);
        var organ = await OrganAsync(client);
        var (subscription, secret, _) = await SubscribeAsync(client, receiver.Url, organ.Id);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(subscription.Active);

        var ids = await RetireAsync(organ.Id, 3);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count >= 3), "three deliveries");
        var verifier = new StandardWebhook(secret);
        foreach (var received in receiver.Received)
        {
            verifier.Verify(received.Body, received.Headers); // throws when the signature does not match
            Assert.StartsWith("application/cloudevents+json", received.Headers.ContentType.ToString(), StringComparison.Ordinal);
            var ce = JsonDocument.Parse(received.Body).RootElement;
            Assert.Equal("1.0", ce.GetProperty("specversion").GetString());
            Assert.Equal(Retired, ce.GetProperty("type").GetString());
            Assert.Equal(received.Id, ce.GetProperty("id").GetString());
            Assert.Equal("urn:organaffairs:organs", ce.GetProperty("source").GetString());
            Assert.Equal(organ.Id.ToString(), ce.GetProperty("subject").GetString());
            Assert.Equal(organ.Id, ce.GetProperty("data").GetProperty("organId").GetGuid());
            Assert.EndsWith("Z", ce.GetProperty("time").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(ids.Select(i => i.ToString()).Order(), receiver.Received.Select(r => r.Id).Order());
        // A wrong secret does not verify.
        Assert.ThrowsAny<Exception>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(new byte[32])).Verify(receiver.Received.First().Body, receiver.Received.First().Headers));

        // The outbox delivers the same event again (at least once): nothing new is queued or sent.
        await RetireAsync(organ.Id, 0, [ids[0]]);
        await WaitUntilAsync(async () => await fixture.CountAsync("shared_outbox", "dispatched_at IS NULL") == 0, "the outbox to drain");
        await Task.Delay(500);
        Assert.Equal(3, receiver.Received.Count);
        Assert.Equal(3, await fixture.CountAsync("webhooks_delivery", "subscription_id = @Id", new { subscription.Id }));

        var log = await DeliveriesAsync(client, subscription.Id);
        Assert.Equal(3, log.TotalCount);
        Assert.All(log.Items, d => Assert.Equal((WebhookDeliveryStatus.Delivered, 1, (int?)200, (string?)null), (d.Status, d.Attempts, d.LastStatusCode, d.LastError)));
        Assert.All(log.Items, d => Assert.NotNull(d.DeliveredAt));
        Assert.Equal(3, (await DeliveriesAsync(client, subscription.Id, "&status=Delivered")).TotalCount);
        Assert.Equal(0, (await DeliveriesAsync(client, subscription.Id, "&status=Pending")).TotalCount);

        // Redelivery of one event: the same webhook-id and body, signed again.
        var first = receiver.Received.Single(r => r.Id == ids[0].ToString());
        var requeued = await (await client.PostJsonAsync($"/api/v1/webhooks/{subscription.Id}/deliveries/{ids[0]}/redeliver", new { })).ReadAsync<WebhookDeliveryResponse>(HttpStatusCode.Accepted);
        Assert.Equal(WebhookDeliveryStatus.Pending, requeued.Status);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count == 4), "the redelivery");
        var again = receiver.Received.Last();
        Assert.Equal((first.Id, first.Body), (again.Id, again.Body));
        verifier.Verify(again.Body, again.Headers);
        (await client.PostJsonAsync($"/api/v1/webhooks/{subscription.Id}/deliveries/{Guid.NewGuid()}/redeliver", new { }))
            .ProblemAsync(HttpStatusCode.NotFound, "webhooks.delivery-not-found").Wait();
    }

    [ProviderFact]
    public async Task A_receiver_answering_500_is_retried_with_back_off_until_it_answers_200()
    {
        using var receiver = new WebhookReceiver { Status = n => n <= 2 ? 500 : 200 };
        using var host = fixture.CreateFactory(Settings());
        var client = fixture.ClientFor(host);
        var organ = await OrganAsync(client);
        var (subscription, _, _) = await SubscribeAsync(client, receiver.Url, organ.Id);
        await RetireAsync(organ.Id, 1);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count == 1), "the delivery after two failures");
        Assert.Equal(3, receiver.Requests);
        var delivery = (await DeliveriesAsync(client, subscription.Id)).Items.Single();
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, (int?)200), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        var after = await (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).ReadAsync<WebhookSubscriptionResponse>();
        Assert.Equal((true, 0), (after.Active, after.ConsecutiveFailures));
    }

    [ProviderFact]
    public async Task A_dead_receiver_is_retried_then_its_subscription_is_disabled_and_the_event_recorded()
    {
        var receiver = new WebhookReceiver();
        using var host = fixture.CreateFactory(Settings(disableAfter: 4));
        var client = fixture.ClientFor(host);
        var organ = await OrganAsync(client);
        var (subscription, _, _) = await SubscribeAsync(client, receiver.Url, organ.Id);
        receiver.Dispose(); // the receiving system goes down
        await RetireAsync(organ.Id, 2);
        await WaitUntilAsync(async () => !(await (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).ReadAsync<WebhookSubscriptionResponse>()).Active, "the disable");
        var disabled = await (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).ReadAsync<WebhookSubscriptionResponse>();
        Assert.Equal((WebhookDisabledReason?)WebhookDisabledReason.ConsecutiveFailures, disabled.DisabledReason);
        Assert.True(disabled.ConsecutiveFailures >= 4);
        var log = await DeliveriesAsync(client, subscription.Id);
        Assert.All(log.Items, d => Assert.Equal(WebhookDeliveryStatus.Pending, d.Status));
        Assert.InRange(log.Items.Sum(d => d.Attempts), 4, 4 + 1); // lanes in flight when the 4th failure disabled it may add one
        Assert.All(log.Items.Where(d => d.Attempts > 0), d => Assert.Contains("refused", d.LastError ?? "", StringComparison.OrdinalIgnoreCase));
        await WaitUntilAsync(async () => await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @P",
            new { Type = typeof(WebhookSubscriptionDisabled).FullName, P = $"%{subscription.Id}%" }) == 1, "WebhookSubscriptionDisabled in the outbox");
        // Disabled: nothing is queued for it, and a redelivery is refused until it is enabled again.
        await RetireAsync(organ.Id, 1);
        await WaitUntilAsync(async () => await fixture.CountAsync("shared_outbox", "dispatched_at IS NULL") == 0, "the outbox to drain");
        Assert.Equal(2, await fixture.CountAsync("webhooks_delivery", "subscription_id = @Id", new { subscription.Id }));
        await (await client.PostJsonAsync($"/api/v1/webhooks/{subscription.Id}/deliveries/{log.Items[0].EventId}/redeliver", new { }))
            .ProblemAsync(HttpStatusCode.Conflict, "webhooks.subscription-inactive");

        // The receiver is back on the same port; enabling the subscription sends what waited.
        using var back = new WebhookReceiver(receiver.Port);
        var etag = (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).ETag();
        var enabled = await (await client.PutJsonAsync($"/api/v1/webhooks/{subscription.Id}",
            new { targetUrl = receiver.Url, eventTypes = new[] { Retired }, modules = new[] { "organs" }, organId = organ.Id, active = true }, etag)).ReadAsync<WebhookSubscriptionResponse>();
        Assert.Equal((true, 0, (WebhookDisabledReason?)null), (enabled.Active, enabled.ConsecutiveFailures, enabled.DisabledReason));
        await WaitUntilAsync(() => Task.FromResult(back.Received.Count == 2), "the waiting deliveries");
    }

    private static Microsoft.AspNetCore.Http.HeaderDictionary WithSignature(Microsoft.AspNetCore.Http.IHeaderDictionary headers, string signature)
    {
        var copy = new Microsoft.AspNetCore.Http.HeaderDictionary();
        foreach (var (key, value) in headers)
        {
            copy[key] = value;
        }
        copy["webhook-signature"] = signature;
        return copy;
    }

    [ProviderFact]
    public async Task During_a_rotation_overlap_both_signatures_are_sent_and_each_secret_verifies()
    {
        using var receiver = new WebhookReceiver();
        using var host = fixture.CreateFactory(Settings());
        var client = fixture.ClientFor(host);
        var organ = await OrganAsync(client);
        var (subscription, oldSecret, etag) = await SubscribeAsync(client, receiver.Url, organ.Id);

        (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/rotate-secret", """{"overlapMinutes":60}""", ifMatch: "\"99\"")))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale").Wait();
        (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/rotate-secret", """{"overlapMinutes":10081}""", ifMatch: etag)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid").Wait();
        var rotated = await (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/rotate-secret", """{"overlapMinutes":60}""", ifMatch: etag)))
            .ReadAsync<WebhookSubscriptionWithSecretResponse>();
        Assert.NotEqual(oldSecret, rotated.Secret);
        Assert.NotNull(rotated.Subscription.PreviousSecretValidUntil);

        await RetireAsync(organ.Id, 1);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count == 1), "the delivery");
        var received = receiver.Received.Single();
        Assert.Equal(2, received.Headers["webhook-signature"].ToString().Split(' ').Length);
        new StandardWebhook(rotated.Secret).Verify(received.Body, received.Headers);
        // StandardWebhooks 1.1.2's verifier accepts only the header's first signature (the spec lets a receiver match any):
        // each signature is verified on its own, as a receiver holding that secret would with a spec-following verifier.
        var signatures = received.Headers["webhook-signature"].ToString().Split(' ');
        new StandardWebhook(oldSecret).Verify(received.Body, WithSignature(received.Headers, signatures[1]));
        new StandardWebhook(rotated.Secret).Verify(received.Body, WithSignature(received.Headers, signatures[0]));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(oldSecret).Verify(received.Body, WithSignature(received.Headers, signatures[0])));

        // Rotating again without overlap: only the newest secret signs.
        var etag2 = (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).ETag();
        var last = await (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/rotate-secret", """{"overlapMinutes":0}""", ifMatch: etag2)))
            .ReadAsync<WebhookSubscriptionWithSecretResponse>();
        Assert.Null(last.Subscription.PreviousSecretValidUntil);
        await RetireAsync(organ.Id, 1);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count == 2), "the second delivery");
        var second = receiver.Received.Last();
        Assert.Single(second.Headers["webhook-signature"].ToString().Split(' '));
        new StandardWebhook(last.Secret).Verify(second.Body, second.Headers);
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(rotated.Secret).Verify(second.Body, second.Headers));
        // The secret is stored encrypted, never in clear.
        await using var connection = fixture.OpenConnection();
        var stored = await connection.QuerySingleAsync<string>("SELECT secret FROM webhooks_subscription WHERE id = @Id", new { subscription.Id });
        Assert.DoesNotContain(last.Secret["whsec_".Length..], stored, StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Bad_input_is_a_400_problem_and_writes_nothing_and_a_stale_If_Match_is_412()
    {
        using var host = fixture.CreateFactory(Settings());
        var client = fixture.ClientFor(host);
        var organ = await OrganAsync(client);
        var before = await fixture.CountAsync("webhooks_subscription");
        async Task Bad(object body, string code, string? field = null)
        {
            var problem = await (await client.PostJsonAsync("/api/v1/webhooks", body)).ProblemAsync(HttpStatusCode.BadRequest, code);
            if (field is not null)
            {
                Assert.Contains(problem.FieldErrors(), f => f == field || f.StartsWith(field + ":", StringComparison.Ordinal));
            }
        }
        var types = new[] { Retired };
        var none = Array.Empty<string>();
        await Bad(new { targetUrl = "not a url", eventTypes = types, modules = none }, "request.invalid", "targetUrl");
        await Bad(new { targetUrl = "file:///etc/passwd", eventTypes = types, modules = none }, "request.invalid", "targetUrl");
        await Bad(new { targetUrl = "https://user:pw@example.gov.cn/hook", eventTypes = types, modules = none }, "request.invalid", "targetUrl:webhooks.target-url-invalid");
        await Bad(new { targetUrl = "https://10.1.2.3/hook", eventTypes = types, modules = none }, "request.invalid", "targetUrl:webhooks.target-address-forbidden");
        await Bad(new { targetUrl = "https://[fe80::1]/hook", eventTypes = types, modules = none }, "request.invalid", "targetUrl:webhooks.target-address-forbidden");
        await Bad(new { targetUrl = "https://169.254.169.254/latest/meta-data", eventTypes = types, modules = none }, "request.invalid", "targetUrl:webhooks.target-address-forbidden");
        await Bad(new { targetUrl = "https://example.gov.cn/hook", eventTypes = new[] { "organaffairs.organs.NoSuchThing" }, modules = none }, "request.invalid", "eventTypes[0]:webhooks.event-type-unknown");
        await Bad(new { targetUrl = "https://example.gov.cn/hook", eventTypes = types, modules = new[] { "nowhere" } }, "request.invalid", "modules[0]");
        await Bad(new { targetUrl = "https://example.gov.cn/hook", eventTypes = types, modules = none, jurisdiction = "3201x" }, "request.invalid", "jurisdiction");
        await Bad(new { targetUrl = "https://example.gov.cn/hook", modules = none }, "request.member-missing");
        await Bad(new { eventTypes = types, modules = none }, "request.member-missing");
        await Bad(new { targetUrl = 42, eventTypes = types, modules = none }, "request.malformed");
        await Bad(new { targetUrl = "https://example.gov.cn/hook", eventTypes = types, modules = none, organId = Guid.NewGuid() }, "request.invalid", "organId:webhooks.organ-ref-not-found");
        Assert.Equal(before, await fixture.CountAsync("webhooks_subscription"));

        var (subscription, _, etag) = await SubscribeAsync(client, "https://example.gov.cn/hook", organ.Id);
        var update = new { targetUrl = "https://data.example.gov.cn/hook", eventTypes = Array.Empty<string>(), modules = new[] { "vehicles", "violations" }, jurisdiction = "3201" };
        (await client.PutJsonAsync($"/api/v1/webhooks/{subscription.Id}", update, "\"99\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale").Wait();
        (await client.PutJsonAsync($"/api/v1/webhooks/{subscription.Id}", update, null)).ProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if-match-required").Wait();
        var updated = await (await client.PutJsonAsync($"/api/v1/webhooks/{subscription.Id}", update, etag)).ReadAsync<WebhookSubscriptionResponse>();
        Assert.Equal(("https://data.example.gov.cn/hook", "3201", (Guid?)null), (updated.TargetUrl, updated.Jurisdiction, updated.OrganId));
        Assert.Equal(["vehicles", "violations"], updated.Modules);
        (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/disable", ifMatch: etag)))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale").Wait();
        var disabled = await (await client.SendAsync(Http.Request(HttpMethod.Post, $"/api/v1/webhooks/{subscription.Id}/disable", ifMatch: $"\"{updated.Version}\"")))
            .ReadAsync<WebhookSubscriptionResponse>();
        Assert.Equal((false, (WebhookDisabledReason?)WebhookDisabledReason.Manual), (disabled.Active, disabled.DisabledReason));
        (await client.GetAsync($"/api/v1/webhooks/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "webhooks.subscription-not-found").Wait();
        var list = await (await client.GetAsync("/api/v1/webhooks?active=false&pageSize=200")).ReadAsync<PagedResultOf<WebhookSubscriptionResponse>>();
        Assert.Contains(list.Items, s => s.Id == subscription.Id);
        var types2 = await (await client.GetAsync("/api/v1/webhooks/event-types")).ReadAsync<List<WebhookEventTypeResponse>>();
        Assert.Contains(types2, t => t.Type == Retired && t.Module == "organs" && t.DataSchema == "StaffRetired");
        // The secret is never answered by a read.
        Assert.DoesNotContain("whsec_", await (await client.GetAsync($"/api/v1/webhooks/{subscription.Id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [ProviderFact]
    public async Task Two_hosts_on_one_database_deliver_each_event_once()
    {
        const int count = 200;
        using var receiver = new WebhookReceiver();
        var settings = Settings();
        settings["Webhooks:BatchSize"] = "10";
        using var a = fixture.CreateFactory(settings);
        using var b = fixture.CreateFactory(settings);
        var client = fixture.ClientFor(a);
        fixture.ClientFor(b).Dispose();
        var organ = await OrganAsync(client);
        var (subscription, _, _) = await SubscribeAsync(client, receiver.Url, organ.Id);
        var clock = Stopwatch.StartNew();
        var ids = await RetireAsync(organ.Id, count);
        await WaitUntilAsync(() => Task.FromResult(receiver.Received.Count >= count), $"{count} deliveries", seconds: 60);
        clock.Stop();
        // The receiver answers before the sending Host records the attempt: wait for every outcome to be written.
        await WaitUntilAsync(async () => await fixture.CountAsync("webhooks_delivery", "subscription_id = @Id AND status = 'Pending'", new { subscription.Id }) == 0,
            "every attempt recorded", seconds: 60);
        await Task.Delay(500);
        var byId = receiver.Received.GroupBy(r => r.Id).ToList();
        Assert.Equal(count, byId.Count);
        Assert.All(byId, g => Assert.Single(g));
        Assert.Equal(count, receiver.Requests);
        Assert.Equal(count, await fixture.CountAsync("webhooks_delivery", "subscription_id = @Id AND status = 'Delivered' AND attempts = 1", new { subscription.Id }));
        Console.WriteLine($"webhooks [{fixture.Provider}]: {count} events from outbox to a loopback receiver by two hosts in {clock.Elapsed.TotalSeconds:F2} s = {count / clock.Elapsed.TotalSeconds:F0} events/s");
    }
}
