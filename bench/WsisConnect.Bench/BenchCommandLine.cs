using System.Globalization;

namespace WsisConnect.Bench;

/// <summary>Parses <c>polls|prizes|contacts|matchmaking|all|report [--voters 1000,5000] [--votes 1000000] [--smoke] ...</c>.</summary>
public static class BenchCommandLine
{
    /// <summary>The usage text printed by <c>--help</c> and after a wrong argument.</summary>
    public const string Usage = """
        usage: dotnet run -c Release --project bench/WsisConnect.Bench -- <command> [options]

        commands:
          polls      live poll: N voters in one session, WsisConnect and the bare SignalR baseline
          prizes     WSIS Prizes vote over HTTP, counted exactly
          contacts   N connected people make C contacts, by badge scan and by request and accept
          matchmaking  P profiles in the directory, then Q recommendation queries over the hub
          dashboard  the operations dashboard's cost: server CPU with 0, 1 and 50 dashboards over one background
          all        all four (the default)
          report     re-render bench/results/RESULTS.md from results.json and the micro-benchmark reports

        options:
          --voters 1000,5000,10000   poll sizes
          --window 5                 seconds over which the votes are spread
          --votes 1000000            prize votes
          --people 1000              people connected for the contacts scenario
          --contacts 5000            contacts they make (half by scan, half by request)
          --profiles 60000           profiles loaded into the directory for matchmaking
          --queries 2000             recommendation queries
          --smoke                    tiny sizes (50 voters, 2,000 prize votes, 2 s window, 30 people making 60
                                     contacts, 500 profiles, 50 queries), no results files
          --server URL [--server-pid PID]      target a running WsisConnect instead of starting one
          --server URL1,URL2 --server-pid P1,P2  a running cluster: voters spread over its nodes, CPU summed over them
          --store CONNSTR [--store-pid PID]    the running server's store, to count its commands (and CPU) per vote
          --baseline URL [--baseline-pid PID]  target a running baseline instead of starting one
          --no-baseline              skip the baseline
          --out DIR                  results folder (default bench/results; a smoke run writes none unless given)
          --connect-batch 200        connections opened at once
          --register-concurrency 32  registrations in flight
          --http-concurrency 64      prize votes in flight (HTTP connection pool size)
          --final-timeout 30         seconds to wait for every client to see the final count
          --max-other-cpu 25         rerun (at most twice) a poll run during which other processes used more CPU (% of a core)
          --quiet-wait 600           before each run, wait up to this many seconds for the rest of the machine to go idle
          --arrivals 5000            join storm (command joins): connections arriving at a fixed rate...
          --arrival-window 10        ...over this many seconds, each joining s004 with its snapshot
          --vote-retry-window 30     seconds a vote with an unknown outcome is sent again (same operation id); 0: once
          --drop-connections N       close N voters' connections and the moderator's mid-vote (checks the tool reports it)
          --runs 3                   dashboard runs, a fresh server each
          --watchers 0,1,50          dashboards watching, one phase each (0 is the reference)
          --cycles 2                 phases per watcher count and run, the order reversed every other cycle
          --audience 300             people connected as the dashboard's background
          --rate 20                  writes a second they send between them
          --phase 30                 seconds each dashboard phase is measured
          --seed 2025                random seed
        """;

    /// <summary>The options, or an error message.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions
        {
            CommandLine = $"dotnet run -c {Targets.BuildOutputs.Configuration} --project bench/WsisConnect.Bench -- {string.Join(' ', args)}",
        };
        var explicitVoters = false;
        var explicitVotes = false;
        var explicitWindow = false;
        var explicitOut = false;
        var explicitQuiet = false;
        var explicitMaxOther = false;
        var networking = new Networking.NetworkingOptions();
        var explicitNetworking = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value");
            try
            {
                switch (arg)
                {
                    case "polls" or "prizes" or "contacts" or "matchmaking" or "joins" or "dashboard" or "all" or "report":
                        options = options with { Command = arg };
                        break;
                    case "--voters":
                        options = options with { Voters = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseCount)] };
                        explicitVoters = true;
                        break;
                    case "--window":
                        options = options with { VoteWindow = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        explicitWindow = true;
                        break;
                    case "--votes":
                        options = options with { PrizeVotes = ParseCount(Value()) };
                        explicitVotes = true;
                        break;
                    case "--people":
                        networking = networking with { People = ParseCount(Value()) };
                        explicitNetworking.Add(arg);
                        break;
                    case "--contacts":
                        networking = networking with { Contacts = ParseCount(Value()) };
                        explicitNetworking.Add(arg);
                        break;
                    case "--profiles":
                        networking = networking with { Profiles = ParseCount(Value()) };
                        explicitNetworking.Add(arg);
                        break;
                    case "--queries":
                        networking = networking with { Queries = ParseCount(Value()) };
                        explicitNetworking.Add(arg);
                        break;
                    case "--smoke":
                        options = options with { Smoke = true };
                        break;
                    case "--server":
                        var servers = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToArray();
                        options = options with { Server = servers[0], MoreServers = servers[1..] };
                        break;
                    case "--server-pid":
                        var pids = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseCount).ToArray();
                        options = options with { ServerPid = pids[0], MoreServerPids = pids[1..] };
                        break;
                    case "--store":
                        options = options with { Store = Value() };
                        break;
                    case "--store-pid":
                        options = options with { StorePid = ParseCount(Value()) };
                        break;
                    case "--baseline":
                        options = options with { Baseline = new Uri(Value()) };
                        break;
                    case "--baseline-pid":
                        options = options with { BaselinePid = ParseCount(Value()) };
                        break;
                    case "--no-baseline":
                        options = options with { NoBaseline = true };
                        break;
                    case "--out":
                        options = options with { OutputDirectory = Path.GetFullPath(Value()) };
                        explicitOut = true;
                        break;
                    case "--connect-batch":
                        options = options with { ConnectBatch = ParseCount(Value()) };
                        break;
                    case "--register-concurrency":
                        options = options with { RegisterConcurrency = ParseCount(Value()) };
                        break;
                    case "--http-concurrency":
                        options = options with { HttpConcurrency = ParseCount(Value()) };
                        break;
                    case "--final-timeout":
                        options = options with { FinalResultTimeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--max-other-cpu":
                        options = options with { MaxOtherCpuPercent = double.Parse(Value(), CultureInfo.InvariantCulture) };
                        explicitMaxOther = true;
                        break;
                    case "--quiet-wait":
                        options = options with { QuietWait = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        explicitQuiet = true;
                        break;
                    case "--arrivals":
                        options = options with { JoinArrivals = ParseCount(Value()) };
                        break;
                    case "--arrival-window":
                        options = options with { JoinWindow = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--vote-retry-window":
                        options = options with { VoteRetryWindow = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--drop-connections":
                        options = options with { DropConnections = ParseCount(Value()) };
                        break;
                    case "--runs":
                        options = options with { DashboardRuns = ParseCount(Value()) };
                        break;
                    case "--cycles":
                        options = options with { DashboardCycles = ParseCount(Value()) };
                        break;
                    case "--watchers":
                        options = options with { Watchers = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseWatchers)] };
                        break;
                    case "--audience":
                        options = options with { Audience = ParseCount(Value()) };
                        break;
                    case "--rate":
                        options = options with { ActionsPerSecond = double.Parse(Value(), CultureInfo.InvariantCulture) };
                        break;
                    case "--phase":
                        options = options with { PhaseLength = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) };
                        break;
                    case "--seed":
                        options = options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) };
                        break;
                    case "-h" or "--help":
                        return (null, null);
                    default:
                        return (null, $"unknown argument '{arg}'");
                }
            }
            catch (FormatException e)
            {
                return (null, $"{arg}: {e.Message}");
            }
        }

        if (options.Smoke)
        {
            var smoke = Networking.NetworkingOptions.Smoke;
            networking = smoke with
            {
                People = explicitNetworking.Contains("--people") ? networking.People : smoke.People,
                Contacts = explicitNetworking.Contains("--contacts") ? networking.Contacts : smoke.Contacts,
                Profiles = explicitNetworking.Contains("--profiles") ? networking.Profiles : smoke.Profiles,
                Queries = explicitNetworking.Contains("--queries") ? networking.Queries : smoke.Queries,
            };
            options = options with
            {
                Voters = explicitVoters ? options.Voters : [50],
                PrizeVotes = explicitVotes ? options.PrizeVotes : 2_000,
                VoteWindow = explicitWindow ? options.VoteWindow : TimeSpan.FromSeconds(2),
                QuietWait = explicitQuiet ? options.QuietWait : TimeSpan.Zero,
                // A smoke run checks counts, not speed: under ./test.sh other suites run alongside, and rerunning would only slow it.
                MaxOtherCpuPercent = explicitMaxOther ? options.MaxOtherCpuPercent : double.PositiveInfinity,
            };
        }
        options = options with { Networking = networking };
        if (!explicitOut && !options.Smoke)
        {
            options = options with { OutputDirectory = DefaultOutputDirectory() };
        }
        return (options, null);
    }

    /// <summary>bench/results of the repository the tool was built from.</summary>
    public static string DefaultOutputDirectory() => Path.Combine(WsisConnect.Testing.RepositoryLayout.FindRoot(), "bench", "results");

    private static int ParseWatchers(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' is not a whole number");

    private static int ParseCount(string text) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"'{text}' is not a positive whole number");
}
