using System.Globalization;

namespace WsisConnect.Bench.Cluster;

/// <summary>Command line of the cluster benchmarks.</summary>
public sealed record ClusterBenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/WsisConnect.Bench.Cluster -- <restart|failover|chaos> [options]

          restart    two servers on the embedded store, one with checkpoints off (Storage__CheckpointAofSize=""), one
                     with the configured defaults, written to at --rate actions/s each for --minutes; then for each:
                     data-folder size, SIGKILL, start again, time to /health/ready. Repeated --runs times.
          failover   three nodes on one redis-server (with a password) behind a round-robin TCP proxy, --clients
                     people connected through it, each writing every 250 ms; --kills times: SIGKILL the next node in turn,
                     measure, restart it, spread the clients over all nodes again.
          chaos      three nodes on one redis-server behind the proxy, --clients people asking, upvoting, voting and
                     messaging for --minutes while a node is SIGKILLed and restarted every 100 s (in turn) and the
                     store paused 12 s every other round; then every acknowledged write read back (the chaos test,
                     longer). Reports violations and how long after each fault people wrote again (p50/p99).
                     With --faults store: no node kills; the store stalled 5, 12 and 30 s and once SIGKILLed and
                     started again on its append-only file, 60 s of calm load between faults (--minutes is ignored).

        options:
          --minutes 10        restart: how long to write (60 for the hour figure); chaos: how long the load runs
          --rate 50           restart: actions per second per server
          --runs 3            restart: repetitions
          --kills 10          failover: nodes killed, one after another
          --clients 30        failover, chaos: connected people
          --faults nodes      chaos: nodes (node kills and 12 s stalls) or store (store stalls of every length, store kill)
          --set Key=Value     a server setting (failover: every node; restart: the checkpointed server), as an environment variable (Orleans__ProbeTimeout=00:00:05); repeatable
          --label NAME        names the results file (bench/results/<command>-<label>.md); default "run"
          --out DIR           results folder (default bench/results)
        """;

    public string Command { get; init; } = "restart";
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);
    public int Rate { get; init; } = 50;
    public int Runs { get; init; } = 3;
    public int Kills { get; init; } = 10;
    public int Clients { get; init; } = 30;
    public string Faults { get; init; } = "nodes";
    public string Label { get; init; } = "run";
    public string OutputDirectory { get; init; } = Path.Combine(Testing.RepositoryLayout.FindRoot(), "bench", "results");
    public Dictionary<string, string?> Settings { get; init; } = [];
    public string CommandLine { get; init; } = "";

    public static (ClusterBenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new ClusterBenchOptions { CommandLine = "dotnet run -c Release --project bench/WsisConnect.Bench.Cluster -- " + string.Join(' ', args) };
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "restart" or "failover" or "chaos": options = options with { Command = args[i] }; break;
                    case "--minutes": options = options with { Duration = TimeSpan.FromMinutes(double.Parse(Value(), CultureInfo.InvariantCulture)) }; break;
                    case "--rate": options = options with { Rate = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--runs": options = options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--kills": options = options with { Kills = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--clients": options = options with { Clients = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                    case "--faults": options = options with { Faults = Value() is var f && f is "nodes" or "store" ? f : throw new FormatException("--faults is nodes or store") }; break;
                    case "--label": options = options with { Label = Value() }; break;
                    case "--out": options = options with { OutputDirectory = Path.GetFullPath(Value()) }; break;
                    case "--set":
                        var pair = Value().Split('=', 2);
                        options.Settings[pair[0]] = pair.Length == 2 ? pair[1] : throw new FormatException("--set takes Key=Value");
                        break;
                    case "-h" or "--help": return (null, null);
                    default: throw new FormatException($"unknown argument {args[i]}");
                }
            }
            return (options, null);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }
    }
}
