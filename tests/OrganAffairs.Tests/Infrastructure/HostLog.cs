using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>
/// The Hosts of the test run log here instead of the console, so the run prints results, not logs.
/// Lines are kept by trace id (bounded): a failing HTTP assertion prints the lines of the request it
/// failed on (the problem body's traceId), which is the log a reader of that failure needs.
/// </summary>
public sealed class HostLog : ILogEventSink
{
    private const int KeptTraces = 20_000;
    public static readonly HostLog Sink = new();

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byTrace = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Emit(LogEvent logEvent)
    {
        var trace = logEvent.TraceId?.ToHexString() ?? "";
        var line = $"{logEvent.Timestamp.UtcDateTime:HH:mm:ss.fff} {logEvent.Level} {logEvent.RenderMessage(CultureInfo.InvariantCulture)}"
            + (logEvent.Exception is null ? "" : Environment.NewLine + logEvent.Exception);
        var lines = _byTrace.GetOrAdd(trace, t =>
        {
            _order.Enqueue(t);
            return new ConcurrentQueue<string>();
        });
        lines.Enqueue(line);
        while (_order.Count > KeptTraces && _order.TryDequeue(out var oldest))
        {
            _byTrace.TryRemove(oldest, out _);
        }
    }

    /// <summary>The Host's log lines of one request, or a note that there are none.</summary>
    public static string Of(string? traceId) =>
        traceId is not null && Sink._byTrace.TryGetValue(traceId, out var lines) && !lines.IsEmpty
            ? $"{Environment.NewLine}Host log of trace {traceId}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}"
            : "";
}
