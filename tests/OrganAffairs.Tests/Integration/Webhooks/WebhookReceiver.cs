using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace OrganAffairs.Tests.Integration.Webhooks;

/// <summary>One request the receiver got: its body and headers as a receiving system would see them.</summary>
public sealed record ReceivedWebhook(string Body, IHeaderDictionary Headers, DateTimeOffset At)
{
    public string Id => Headers["webhook-id"].ToString();
}

/// <summary>A receiving system on loopback (HttpListener on a free port): records every request and answers what the test says.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private int _count;

    public WebhookReceiver(int? port = null)
    {
        Port = port ?? FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hooks/organ-affairs";
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();
    /// <summary>The status of the n-th request (1-based).</summary>
    public Func<int, int> Status { get; set; } = _ => 200;
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    /// <summary>Every request answered, whatever the status.</summary>
    public int Requests => Volatile.Read(ref _count);

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, context.Request.ContentEncoding);
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary();
            foreach (var key in context.Request.Headers.AllKeys)
            {
                // As ASP.NET Core hands a receiver the header: one value, as sent.
                headers[key!] = new StringValues(context.Request.Headers[key]);
            }
            var n = Interlocked.Increment(ref _count);
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            var status = Status(n);
            if (status is >= 200 and < 300)
            {
                Received.Enqueue(new ReceivedWebhook(body, headers, DateTimeOffset.UtcNow));
            }
            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception)
        {
            // The listener stopped mid-request.
        }
    }

    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }
        _listener.Close();
    }
}
