using System.Globalization;
using System.Text;
using System.Text.Json;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Reporting;

namespace WsisConnect.Bench.Joins;

/// <summary>The join storm's results: <c>join-storm.json</c> (everything) and <c>join-storm.md</c> (the table), next to RESULTS.md.</summary>
public static class JoinStormReport
{
    /// <summary>Writes both files; returns their paths.</summary>
    public static string Write(string directory, string command, MachineInfo machine, IReadOnlyList<JoinStormResult> storms)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, "join-storm.json");
        File.WriteAllText(json, JsonSerializer.Serialize(new { generatedAt = DateTimeOffset.UtcNow, command, machine, storms }, ResultsStore.Json) + Environment.NewLine);
        var md = new StringBuilder();
        md.AppendLine("# Join storm: connections arriving at a fixed rate, joining one session");
        md.AppendLine();
        md.AppendLine($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}`.  ");
        md.AppendLine($"Machine: {machine}. The load tool and the server share it.");
        md.AppendLine();
        md.AppendLine("Each registered person's connection starts at its scheduled moment (open loop: arrivals at a fixed rate, whatever the others are doing), " +
            "connects with its own token (WebSockets) and joins `s004`, getting the session's snapshot (the SDK's `JoinAsync`). " +
            "Join time runs from the scheduled arrival until the snapshot was applied; start lag is how late the tool started connections against their schedule.");
        md.AppendLine();
        md.AppendLine("| server | arrivals | window | joined with snapshot | join p50 | p95 | p99 | max | connected p50 / p99 | JoinSession p50 / p99 | start lag p99 | errors | server CPU | load tool CPU | other processes' CPU | RSS before → after |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var s in storms)
        {
            md.AppendLine($"| {s.Server} | {s.Arrivals:N0} | {s.Seconds:0.#} s | {s.Joined:N0} ({s.JoinedPercent.ToString("0.##", CultureInfo.InvariantCulture)}%) | {Ms(s.JoinTime.P50Ms)} | {Ms(s.JoinTime.P95Ms)} | {Ms(s.JoinTime.P99Ms)} | {Ms(s.JoinTime.MaxMs)} | " +
                $"{Ms(s.ConnectTime.P50Ms)} / {Ms(s.ConnectTime.P99Ms)} | {Ms(s.JoinCallTime.P50Ms)} / {Ms(s.JoinCallTime.P99Ms)} | {Ms(s.StartLag.P99Ms)} | {(s.Errors.Count == 0 ? "none" : string.Join(", ", s.Errors.Select(e => $"{e.Key}: {e.Value:N0}")))} | {s.Cpu.ServerPercent?.ToString("N0") ?? "n/a"}% | {s.Cpu.LoadToolPercent:N0}% | " +
                $"{s.Cpu.OthersPercent?.ToString("N0") ?? "n/a"}% | {s.RssBeforeMiB?.ToString("N0") ?? "n/a"} → {s.RssAfterMiB?.ToString("N0") ?? "n/a"} MiB |");
        }
        var path = Path.Combine(directory, "join-storm.md");
        File.WriteAllText(path, md.ToString());
        return $"{json} and {path}";
    }

    private static string Ms(double ms) => ms.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
