using System.Globalization;
using System.Text;
using System.Text.Json;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Reporting;

namespace WsisConnect.Bench.Dashboard;

/// <summary>The dashboard's cost: <c>operations-dashboard.json</c> (everything) and <c>operations-dashboard.md</c> (the tables).</summary>
public static class DashboardReport
{
    /// <summary>Writes both files; returns their paths.</summary>
    public static string Write(string directory, string command, MachineInfo machine, IReadOnlyList<DashboardRunResult> runs)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "operations-dashboard.json");
        File.WriteAllText(json, JsonSerializer.Serialize(new { generatedAt = DateTimeOffset.UtcNow, command, machine, runs }, ResultsStore.Json) + Environment.NewLine);
        var path = Path.Combine(directory, "operations-dashboard.md");
        File.WriteAllText(path, Markdown(command, machine, runs));
        return $"{json} and {path}";
    }

    /// <summary>The summary over runs, then every phase of every run.</summary>
    public static string Markdown(string command, MachineInfo machine, IReadOnlyList<DashboardRunResult> runs)
    {
        var md = new StringBuilder();
        md.AppendLine("# What the operations dashboard costs the server");
        md.AppendLine();
        md.AppendLine(Invariant($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}`.  "));
        md.AppendLine(Invariant($"Machine: {machine}. The load tool and the server share it, and other work ran beside it (the load average and the other processes' CPU are in every row)."));
        md.AppendLine();
        var first = runs[0];
        md.AppendLine(Invariant($"Each run starts a fresh server (embedded store, demo forum). {first.Audience:N0} people connect, each checked in to one of the demo moderator's three sessions, started and open to questions, and joined to it (four in ten in the plenary `s004`, the rest in `s001` and `s005`), and write {first.Rate:N0} times a second between them, in an open loop: questions, upvotes and upvotes taken back, and votes in the plenary's polls (the moderator opens a new one every 20 s). Over that same background the server's CPU is measured over equal phases with 0, 1 and 50 dashboards (each its own connection, watching the pulse), each watcher count {first.Cycles} times per run in alternating order (0, 1, 50, 50, 1, 0). Ratios are to the 0-dashboard phase of the same run, so they compare the same machine state."));
        md.AppendLine();
        md.AppendLine("| dashboards | server CPU, % of a core | ratio to 0 dashboards | added, points of a core | writes/s | pulses per dashboard per s | bytes per pulse |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var watchers in first.Phases.Select(p => p.Watchers))
        {
            var phases = runs.Select(r => (Run: r, Phase: r.Phases.Single(p => p.Watchers == watchers))).ToArray();
            var cpu = phases.Select(p => p.Phase.ServerPercent ?? double.NaN).ToArray();
            var ratio = phases.Select(p => Ratio(p.Run, p.Phase)).ToArray();
            var added = phases.Select(p => p.Phase.ServerPercent - Zero(p.Run)?.ServerPercent ?? double.NaN).ToArray();
            md.AppendLine(Invariant($"| {watchers} | {Spread(cpu, "0.0")} | {Spread(ratio, "0.00")}x | {Spread(added, "0.0")} | {Spread([.. phases.Select(p => p.Phase.ActionsPerSecond)], "0.0")} | {(watchers == 0 ? "-" : Spread([.. phases.Select(p => p.Phase.PulsesPerWatcherSecond)], "0.00"))} | {(watchers == 0 ? "-" : Spread([.. phases.Select(p => p.Phase.BytesPerPulse)], "N0"))} |"));
        }
        md.AppendLine();
        md.AppendLine("Median (min-max) over the runs. Every run (a watcher count's phases taken together); every single phase is in the JSON next to this file:");
        md.AppendLine();
        md.AppendLine("| run | dashboards | seconds | server CPU | ratio to 0 | writes/s | pulses received | bytes received | load tool CPU | other processes' CPU | 1-min load average at each phase's start |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            foreach (var p in run.Phases)
            {
                md.AppendLine(Invariant($"| {run.Run} | {p.Watchers} | {p.Cpu.WallSeconds:0.0} | {p.ServerPercent:0.00}% | {Ratio(run, p):0.00}x | {p.ActionsPerSecond:0.0} | {p.Pulses:N0} | {p.PulseBytes:N0} | {p.Cpu.LoadToolPercent:N0}% | {p.Cpu.OthersPercent?.ToString("N0", CultureInfo.InvariantCulture) ?? "n/a"}% | {p.LoadAverage} |"));
            }
        }
        md.AppendLine();
        foreach (var run in runs)
        {
            md.AppendLine(Invariant($"Run {run.Run}: background writes not acknowledged: {(run.Failures.Count == 0 ? "none" : string.Join(", ", run.Failures.Select(f => $"{f.Key} x{f.Value:N0}")))}; sent over 100 ms late: {run.Late:N0}.  "));
        }
        return md.ToString();
    }

    private static DashboardPhase? Zero(DashboardRunResult run) => run.Phases.FirstOrDefault(p => p.Watchers == 0);

    private static double Ratio(DashboardRunResult run, DashboardPhase phase) =>
        Zero(run)?.ServerPercent is > 0 and var zero && phase.ServerPercent is { } cpu ? cpu / zero : double.NaN;

    /// <summary>Median (min-max).</summary>
    private static string Spread(double[] values, string format)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return "n/a";
        }
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return Invariant($"{median.ToString(format, CultureInfo.InvariantCulture)} ({sorted[0].ToString(format, CultureInfo.InvariantCulture)}-{sorted[^1].ToString(format, CultureInfo.InvariantCulture)})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
