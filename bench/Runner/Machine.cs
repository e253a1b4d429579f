using System.Runtime.InteropServices;

namespace OrganAffairs.Bench.Runner;

/// <summary>What the results were measured on, and at which commit.</summary>
internal sealed record Machine(int Cores, string Cpu, string Memory, string Os, string Runtime, string Wrk, string Commit, string CommitShort, string Date)
{
    /// <summary>The load averages (1, 5, 15 min) from /proc/loadavg: how busy the shared machine was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
        : "unknown";

    public static Machine Describe(string repo, string wrk)
    {
        string Cpu() => File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        string Memory()
        {
            var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
            return line is null ? "unknown" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB";
        }
        string Os() => File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription
            : RuntimeInformation.OSDescription;
        string Git(params string[] args)
        {
            try
            {
                var (code, stdout, _) = Run.Capture("git", args, workDir: repo);
                return code == 0 ? stdout.Trim() : "";
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "";
            }
        }
        var sha = Git("rev-parse", "HEAD");
        var dirty = Git("status", "--porcelain").Length > 0;
        var branch = Git("rev-parse", "--abbrev-ref", "HEAD");
        var shortSha = sha.Length >= 9 ? sha[..9] : "nocommit";
        var commit = sha.Length == 0 ? "unknown" : $"{shortSha} ({branch}{(dirty ? ", with uncommitted changes" : "")})";
        // nproc: the cores this process may use, as nproc prints them.
        return new Machine(Environment.ProcessorCount, Cpu(), Memory(), Os(), RuntimeInformation.FrameworkDescription, wrk, commit, shortSha,
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
