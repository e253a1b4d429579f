using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using OrganAffairs.Webhooks.Domain;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using StandardWebhooks;

namespace OrganAffairs.Webhooks.Support;

/// <summary>The outcome of one attempt: the receiver's status, or the error when it gave none.</summary>
internal sealed record AttemptResult(int? StatusCode, string? Error, int LatencyMs)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}

/// <summary>A target that resolves to an address the configuration does not allow (never retried inside the attempt).</summary>
internal sealed class UnsafeTargetException(string message) : Exception(message);

/// <summary>
/// POSTs one CloudEvents body signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature; one
/// <c>v1,</c> signature per secret in use, two during a rotation's overlap). The SSRF guard is in the connection itself: the
/// host is resolved on every new connection, every address is checked and the socket connects only to the checked ones, so
/// a name cannot be re-pointed between check and use; redirects are not followed and no proxy is used. A Polly pipeline
/// bounds the attempt (timeout) and retries a network error at once (not an HTTP answer: that is the durable back-off's).
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    public const string ContentType = "application/cloudevents+json";
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _clock;

    public WebhookSender(IOptions<WebhooksOptions> options, TimeProvider clock)
    {
        var o = options.Value;
        _clock = clock;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectTimeout = o.AttemptTimeout,
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, o, ct),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("OrganAffairs-Webhooks/1.0");
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (o.NetworkRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.NetworkRetries,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Only when the request never left (no connection): a request that may have reached the receiver is not sent
                // twice inside one attempt; the next attempt, after back-off, is the receiver's to deduplicate by webhook-id.
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>(e =>
                    e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError && e.InnerException is not UnsafeTargetException),
            });
        }
        _pipeline = builder.AddTimeout(o.AttemptTimeout).Build();
    }

    public async Task<AttemptResult> SendAsync(string url, Guid eventId, string payload, IReadOnlyList<string> secrets, CancellationToken ct)
    {
        var started = _clock.GetTimestamp();
        try
        {
            using var response = await _pipeline.ExecuteAsync(async token =>
            {
                using var request = Request(url, eventId, payload, secrets);
                return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            }, ct);
            var status = (int)response.StatusCode;
            return new AttemptResult(status, status is >= 200 and < 300 ? null : $"HTTP {status}", Elapsed(started));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            return new AttemptResult(null, "Timeout: no answer within the attempt's time limit", Elapsed(started));
        }
        catch (Exception ex)
        {
            var cause = ex.InnerException is UnsafeTargetException unsafeTarget ? unsafeTarget : ex;
            var message = $"{cause.GetType().Name}: {cause.Message}";
            return new AttemptResult(null, message.Length > 2000 ? message[..2000] : message, Elapsed(started));
        }
    }

    private HttpRequestMessage Request(string url, Guid eventId, string payload, IReadOnlyList<string> secrets)
    {
        var id = eventId.ToString();
        var timestamp = _clock.GetUtcNow();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, ContentType) };
        request.Headers.TryAddWithoutValidation("webhook-id", id);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", string.Join(' ', secrets.Select(s => new StandardWebhook(s).Sign(id, timestamp, payload))));
        return request;
    }

    private int Elapsed(long started) => (int)Math.Min(int.MaxValue, _clock.GetElapsedTime(started).TotalMilliseconds);

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, WebhooksOptions o, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        if (addresses.Length == 0)
        {
            throw new UnsafeTargetException($"{endPoint.Host} resolves to no address");
        }
        // One forbidden address refuses the name: a public name that also resolves inside the network is not a receiver.
        if (addresses.FirstOrDefault(a => !TargetAddresses.Allows(a, o.AllowLoopback, o.AllowPrivateNetworks)) is { } forbidden)
        {
            throw new UnsafeTargetException($"{endPoint.Host} resolves to {forbidden} ({TargetAddresses.Classify(forbidden)}), which the configuration does not allow");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();
}
