using Xunit;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>
/// A fact that drives a real browser: Debian's chromium through Playwright (never a downloaded browser).
/// Without chromium it is skipped with the reason; with ORGANAFFAIRS_REQUIRE_BROWSER=1 (set by .ci/run) it
/// runs anyway and fails, so CI cannot pass on a machine that silently lacks the browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string RequireVariable = "ORGANAFFAIRS_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if (ChromiumLocator.Path() is null && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"chromium not found ({ChromiumLocator.Searched}); install it with `apt-get install -y chromium fonts-wqy-zenhei` " +
                   $"(.ci/run does), or set {RequireVariable}=1 to make its absence a failure";
        }
    }
}

/// <summary>Where the browser is: ORGANAFFAIRS_CHROMIUM, else chromium (or chromium-browser) on PATH.</summary>
public static class ChromiumLocator
{
    public const string Searched = "ORGANAFFAIRS_CHROMIUM, then chromium and chromium-browser on PATH";

    public static string? Path()
    {
        if (Environment.GetEnvironmentVariable("ORGANAFFAIRS_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
