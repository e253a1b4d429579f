using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OrganAffairs.Shared.Diagnostics;

/// <summary>
/// The API's own trace source and meter (docs/adr/0036). With no listener (OpenTelemetry off) starting an
/// activity answers null and recording a measurement does nothing, so the request path pays nothing.
/// </summary>
public static class Telemetry
{
    public const string Name = "OrganAffairs";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Seconds from an event's commit to its dispatch to the in-process handlers.</summary>
    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram<double>(
        "organaffairs.outbox.lag", unit: "s", description: "Time from an outbox event's occurrence to its dispatch.");

    /// <summary>Rows an import stored, so a rate (rows/s) follows from the counter.</summary>
    public static readonly Counter<long> ImportedRows = Meter.CreateCounter<long>(
        "organaffairs.import.rows", unit: "{row}", description: "Rows stored by bulk imports.");
}
