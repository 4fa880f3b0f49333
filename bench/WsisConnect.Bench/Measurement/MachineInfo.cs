using System.Globalization;
using System.Runtime.InteropServices;

namespace WsisConnect.Bench.Measurement;

/// <summary>The machine a run was measured on.</summary>
/// <param name="Revision">The repository's commit, and whether src/ had uncommitted changes when the run started.</param>
public sealed record MachineInfo(int Cores, string Cpu, double MemoryGiB, string Os, string Kernel, string DotNet, string ToolConfiguration, string? Revision = null)
{
    /// <summary>This machine, read from /proc and /etc/os-release where they exist.</summary>
    public static MachineInfo Current(string configuration) => new(
        Environment.ProcessorCount,
        ReadCpu(),
        Math.Round(ReadMemoryKb() / 1024.0 / 1024.0, 1),
        ReadOs(),
        ReadFirstLine("/proc/sys/kernel/osrelease") ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        configuration,
        ReadRevision());

    /// <summary>One line for the results file.</summary>
    public override string ToString() =>
        $"{Cores} cores ({Cpu}), {MemoryGiB.ToString("0.#", CultureInfo.InvariantCulture)} GiB, {Os} (kernel {Kernel}), {DotNet}, tool built {ToolConfiguration}"
        + (Revision is null ? "" : $"; code at {Revision}");

    /// <summary>Read-only git queries: the commit, and whether src/ differs from it.</summary>
    private static string? ReadRevision()
    {
        var root = WsisConnect.Testing.RepositoryLayout.FindRoot();
        var commit = Git(root, "--no-optional-locks", "rev-parse", "--short", "HEAD");
        if (commit is null)
        {
            return null;
        }
        var dirty = Git(root, "--no-optional-locks", "status", "--porcelain", "--", "src");
        return string.IsNullOrWhiteSpace(dirty) ? commit : commit + " with uncommitted changes in src/";
    }

    private static string? Git(string directory, params string[] args)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
            using var git = System.Diagnostics.Process.Start(start);
            if (git is null)
            {
                return null;
            }
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string ReadCpu() =>
        TryLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static long ReadMemoryKb()
    {
        var line = TryLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string ReadOs() =>
        TryLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
        ?? RuntimeInformation.OSDescription;

    private static string? ReadFirstLine(string path) => TryLines(path).FirstOrDefault()?.Trim();

    private static IEnumerable<string> TryLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
