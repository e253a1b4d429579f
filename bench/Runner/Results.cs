namespace OrganAffairs.Bench.Runner;

/// <summary>One round of a load scenario: A (Host) and B (baseline) back to back.</summary>
internal sealed record LoadRound(int Round, string Order, WrkResult A, WrkResult B)
{
    public double Ratio => B.Rps == 0 ? 0 : A.Rps / B.Rps;
}

internal interface IScenarioResult
{
    string Title { get; }
    double MedianRatio { get; }
    double Aim { get; }
    bool Met { get; }
}

/// <summary>
/// A load scenario: A and B under wrk, the ratio is A/B of successful requests per second. A and B are the
/// Host and the baseline unless labelled otherwise (the indicators scenario: the Host on 1× and 10× the data).
/// </summary>
internal sealed class ScenarioResult(string title, double aim, bool higherIsBetter, string aLabel = "A", string bLabel = "B") : IScenarioResult
{
    public string Title => title;
    public double Aim => aim;
    public bool HigherIsBetter => higherIsBetter;
    public string ALabel => aLabel;
    public string BLabel => bLabel;
    public bool Labelled => aLabel != "A";
    public List<LoadRound> Rounds { get; } = [];
    public double MedianRatio => Stats.Median(Rounds.Select(r => r.Ratio));

    /// <summary>Median of the per-round p50 latency ratios B/A (how much slower B answers).</summary>
    public double MedianP50Ratio => Stats.Median(Rounds.Select(r => r.B.P50Ms / r.A.P50Ms));

    public bool Met => higherIsBetter ? MedianRatio >= aim : MedianRatio <= aim;
    public long Errors => Rounds.Sum(r => r.A.Errors + r.B.Errors);

    public LoadRound Add(LoadRound round)
    {
        Rounds.Add(round);
        return round;
    }

    public string Side(Func<LoadRound, WrkResult> side) =>
        $"{Stats.Median(Rounds.Select(r => side(r).Rps)):N0} req/s · p50 {Stats.Median(Rounds.Select(r => side(r).P50Ms)):0.00} ms · p99 {Stats.Median(Rounds.Select(r => side(r).P99Ms)):0.00} ms · {Stats.Median(Rounds.Select(r => side(r).CpuUsPerRequest)):0} µs CPU/req";
}

/// <summary>One round of a contention scenario: the contended run and the uncontended run of the Host, back to back.</summary>
internal sealed record ContentionRound(int Round, string Order, WrkResult Contended, WrkResult Uncontended)
{
    public double Ratio => Uncontended.HandledRps == 0 ? 0 : Contended.HandledRps / Uncontended.HandledRps;
}

/// <summary>
/// A contention scenario: both sides are the Host; the ratio is contended/uncontended of handled
/// requests per second (201 and 409 both count). There is no aim: the figure shows what contention
/// costs. Errors are answers other than 2xx and 409, and socket errors.
/// </summary>
internal sealed class ContentionResult(string title, string aLabel, string bLabel) : IScenarioResult
{
    public string Title => title;
    public string ALabel => aLabel;
    public string BLabel => bLabel;
    public double Aim => double.NaN;
    public bool Met => true;
    public List<ContentionRound> Rounds { get; } = [];
    public double MedianRatio => Stats.Median(Rounds.Select(r => r.Ratio));
    public long Errors => Rounds.Sum(r => Unexpected(r.Contended) + Unexpected(r.Uncontended));

    public static long Unexpected(WrkResult w) => w.StatusOther + Math.Max(0, w.Errors - w.Status409 - w.StatusOther);

    public ContentionRound Add(ContentionRound round)
    {
        Rounds.Add(round);
        return round;
    }

    public string Side(Func<ContentionRound, WrkResult> side) =>
        $"{Stats.Median(Rounds.Select(r => side(r).HandledRps)):N0} handled/s (2xx {Stats.Median(Rounds.Select(r => (double)side(r).Status2xx)):N0}, 409 {Stats.Median(Rounds.Select(r => (double)side(r).Status409)):N0} per round) · p50 {Stats.Median(Rounds.Select(r => side(r).P50Ms)):0.00} ms · p99 {Stats.Median(Rounds.Select(r => side(r).P99Ms)):0.00} ms · {Stats.Median(Rounds.Select(r => side(r).CpuUsPerRequest)):0} µs CPU/req";
}

/// <summary>One round of the ingest scenario: the same rows through the Host's import endpoint (A) and the database's bulk path (B).</summary>
internal sealed record IngestRound(int Round, string Order, long Rows, TimeSpan A, TimeSpan B, double ACpuUsPerRow)
{
    public double ARowsPerSecond => Rows / A.TotalSeconds;
    public double BRowsPerSecond => Rows / B.TotalSeconds;
    public double Ratio => ARowsPerSecond / BRowsPerSecond;
}

/// <summary>The ingest scenario: rows per second A/B; higher is better.</summary>
internal sealed class IngestResult(string title, double aim, long fileBytes) : IScenarioResult
{
    public string Title => title;
    public double Aim => aim;
    public long FileBytes => fileBytes;
    public List<IngestRound> Rounds { get; } = [];
    public double MedianRatio => Stats.Median(Rounds.Select(r => r.Ratio));
    public bool Met => MedianRatio >= aim;

    public IngestRound Add(IngestRound round)
    {
        Rounds.Add(round);
        return round;
    }

    public string Side(bool host) => host
        ? $"{Stats.Median(Rounds.Select(r => r.ARowsPerSecond)):N0} rows/s · {Stats.Median(Rounds.Select(r => r.A.TotalSeconds)):0.0} s · {Stats.Median(Rounds.Select(r => r.ACpuUsPerRow)):0.0} µs Host CPU/row"
        : $"{Stats.Median(Rounds.Select(r => r.BRowsPerSecond)):N0} rows/s · {Stats.Median(Rounds.Select(r => r.B.TotalSeconds)):0.0} s";
}

/// <summary>
/// The Host's peak RSS (VmHWM) after an import of N/2 rows and after the imports of N rows, in the same process:
/// the ratio full/half shows whether memory grows with the file (lower is better).
/// </summary>
internal sealed record PeakMemoryResult(string Title, double Aim, double AtStartMiB, double AfterHalfMiB, long HalfBytes, double AfterFullMiB, long FullBytes)
    : IScenarioResult
{
    public double MedianRatio => AfterFullMiB / AfterHalfMiB;
    public bool Met => MedianRatio <= Aim;
}

/// <summary>Start-up time or memory: A (Host) and B (bare app) per round; lower is better.</summary>
internal sealed class StartupResult(string title, string unit, double aim) : IScenarioResult
{
    public string Title => title;
    public string Unit => unit;
    public double Aim => aim;
    public List<(double A, double B)> Rounds { get; } = [];
    public double MedianRatio => Stats.Median(Rounds.Select(r => r.A / r.B));
    public bool Met => MedianRatio <= aim;

    public void Add(double a, double b) => Rounds.Add((a, b));

    public string Side(bool host) => $"{Stats.Median(Rounds.Select(r => host ? r.A : r.B)):0.#} {unit}";
}

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
