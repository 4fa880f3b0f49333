using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Cluster.Restart;

/// <summary>
/// Bounded restart: two servers on the embedded store side by side, one that never checkpoints (the append-only log
/// keeps all history) and one with the defaults (checkpoint and compaction), take the same write load; then each in
/// turn is SIGKILLed and started again on its data folder, and the time to /health/ready is measured.
/// </summary>
internal static class RestartScenario
{
    private const int Writers = 40;

    private static readonly (string Name, string? CheckpointAofSize)[] Variants =
    [
        ("log only (no checkpoints)", ""),
        ("checkpoints (defaults)", null),
    ];

    public static async Task<string> RunAsync(ClusterBenchOptions options, TextWriter log, CancellationToken ct)
    {
        var results = new List<(string Variant, int Run, DataFolder Size, double RestartSeconds, double RecoverySeconds, long Acked, long Failed, bool AllThere)>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var data = Variants.Select(_ => new TempDirectory("wsis-restart-")).ToArray();
            var servers = new List<ServerProcess>();
            try
            {
                for (var v = 0; v < Variants.Length; v++)
                {
                    var environment = new Dictionary<string, string?>
                    {
                        ["Auth__AttemptsPerMinute"] = "1000000",
                        ["ASPNETCORE_ENVIRONMENT"] = "Production",
                        ["Questions__MaxPerWindow"] = "1000",
                    };
                    if (Variants[v].CheckpointAofSize is { } size)
                    {
                        environment["Storage__CheckpointAofSize"] = size;
                    }
                    else
                    {
                        foreach (var (key, value) in options.Settings)
                        {
                            environment[key] = value;
                        }
                    }
                    servers.Add(await ServerProcess.StartAsync(
                        new ServerProcessOptions { DataDirectory = data[v].Path, DemoEnabled = true, Environment = environment },
                        TimeSpan.FromSeconds(180), ct));
                }
                var loads = new List<WriteLoad>();
                foreach (var server in servers)
                {
                    loads.Add(await WriteLoad.ConnectAsync(server.BaseAddress, Writers, ct));
                }
                log.WriteLine($"run {run}: writing {options.Rate} actions/s to each of {servers.Count} servers for {options.Duration.TotalMinutes:0.#} min");
                await Task.WhenAll(loads.Select(l => l.RunAsync(options.Rate, options.Duration, ct)));

                for (var v = 0; v < Variants.Length; v++)
                {
                    var server = servers[v];
                    var size = DataFolder.Measure(data[v].Path);
                    server.KillHard();
                    var clock = Stopwatch.StartNew();
                    server.Start();
                    await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(10), ct);
                    var seconds = clock.Elapsed.TotalSeconds;
                    var recovery = StoreRecoverySeconds(server.RecentOutput);
                    var allThere = await EverythingAcknowledgedIsThereAsync(loads[v], ct);
                    results.Add((Variants[v].Name, run, size, seconds, recovery, loads[v].Acknowledged, loads[v].Failed, allThere));
                    log.WriteLine($"run {run}, {Variants[v].Name}: folder {DataFolder.Mb(size.Total)} (AOF {DataFolder.Mb(size.AppendOnlyLog)}, store {DataFolder.Mb(size.Store)}), " +
                        $"restart to ready {seconds:0.00} s (store recovery {recovery:0.00} s), {loads[v].Acknowledged} acknowledged, {loads[v].Refused} refused, {loads[v].Failed} failed, all there: {allThere}");
                }
                foreach (var load in loads)
                {
                    await load.DisposeAsync();
                }
            }
            finally
            {
                foreach (var server in servers)
                {
                    await server.DisposeAsync();
                }
                foreach (var d in data)
                {
                    d.Dispose();
                }
            }
        }
        return Render(options, results);
    }

    // The server logs how long the embedded store took to recover ("... recovered in 612 ms") as it starts.
    private static double StoreRecoverySeconds(string output) =>
        Regex.Matches(output, @"recovered in (\d+) ms") is { Count: > 0 } found
            ? double.Parse(found[^1].Groups[1].Value, CultureInfo.InvariantCulture) / 1000
            : double.NaN;

    private static async Task<bool> EverythingAcknowledgedIsThereAsync(WriteLoad load, CancellationToken ct)
    {
        var api = load.Reader;
        foreach (var (session, asked) in load.AskedPerSession.OrderByDescending(p => p.Value).Take(10))
        {
            var queue = await api.GetQuestionsAsync(session, ct);
            if (queue.Questions.Count < asked)
            {
                return false;
            }
        }
        return true;
    }

    private static string Render(ClusterBenchOptions options, List<(string Variant, int Run, DataFolder Size, double RestartSeconds, double RecoverySeconds, long Acked, long Failed, bool AllThere)> results)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Restart after continuous writes ({options.Duration.TotalMinutes:0.#} min at {options.Rate} actions/s)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{options.CommandLine}`, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}. ");
        md.AppendLine("Both servers ran side by side under the same load (embedded Garnet, demo loaded, 40 writers: a third of the");
        md.AppendLine("actions ask a question, the rest upvote or take an upvote back). Restart = SIGKILL, start, until /health/ready;");
        md.AppendLine("store recovery = what the server logs as the embedded store's start (checkpoint recovery and log replay), the part");
        md.AppendLine("that depends on the data. The rest of a restart (.NET, Orleans, the web host) is about the same for both, and");
        md.AppendLine("varies with what else the machine is doing.");
        md.AppendLine();
        md.AppendLine("| variant | run | data folder | append-only log | store (log, checkpoints) | restart to ready | store recovery | acknowledged | failed | acknowledged questions all there |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Variant} | {r.Run} | {DataFolder.Mb(r.Size.Total)} | {DataFolder.Mb(r.Size.AppendOnlyLog)} | {DataFolder.Mb(r.Size.Store)} | {r.RestartSeconds:0.00} s | {r.RecoverySeconds:0.00} s | {r.Acked:N0} | {r.Failed:N0} | {(r.AllThere ? "yes" : "NO")} |");
        }
        md.AppendLine();
        foreach (var group in results.GroupBy(r => r.Variant))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- **{group.Key}**: restart {Spread.Of(group.Select(r => r.RestartSeconds)).Format("s")}; store recovery {Spread.Of(group.Select(r => r.RecoverySeconds)).Format("s")}; data folder {Spread.Of(group.Select(r => r.Size.Total / 1048576.0)).Format("MB", "0.0")}");
        }
        return md.ToString();
    }
}
