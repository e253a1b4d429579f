namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The one place the Host's extra settings come from: bench/host-settings.txt, one command-line
/// setting per line (e.g. <c>--RateLimiting:PermitLimit=1000000</c>). <c>${NAME}</c> is replaced by
/// the environment variable NAME; a line that names an unset or empty variable is left out, so a
/// line such as <c>--Access:BootstrapKey=${BENCH_API_KEY}</c> applies only when the key is set.
/// </summary>
internal static class HostSettings
{
    public static IReadOnlyList<string> Read(string file)
    {
        if (!File.Exists(file))
        {
            return [];
        }
        var settings = new List<string>();
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (Expand(line) is { } expanded)
            {
                settings.Add(expanded);
            }
        }
        return settings;
    }

    private static string? Expand(string line)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            var start = line.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(line, i, line.Length - i);
                break;
            }
            var end = line.IndexOf('}', start);
            if (end < 0)
            {
                throw new FormatException($"Unclosed ${{ in host setting: {line}");
            }
            var value = Environment.GetEnvironmentVariable(line[(start + 2)..end]);
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }
            result.Append(line, i, start - i).Append(value);
            i = end + 1;
        }
        return result.ToString();
    }

    /// <summary>The settings as they may be printed: values of ${...} variables are not shown.</summary>
    public static IReadOnlyList<string> Describe(string file) =>
        !File.Exists(file)
            ? []
            : File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
