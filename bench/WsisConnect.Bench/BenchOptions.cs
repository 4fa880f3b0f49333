namespace WsisConnect.Bench;

/// <summary>What to run and how; every field has the default the README describes.</summary>
public sealed record BenchOptions
{
    /// <summary><c>polls</c>, <c>prizes</c>, <c>contacts</c>, <c>matchmaking</c>, <c>all</c> or <c>report</c> (re-render RESULTS.md only).</summary>
    public string Command { get; init; } = "all";

    /// <summary>
    /// How long a vote whose outcome is unknown (a retryable code, or its connection lost) is sent again with the same
    /// operation id, as the SDK does by default; zero sends each vote once. First attempts are reported either way.
    /// </summary>
    public TimeSpan VoteRetryWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Fault injection for the smoke test: close this many voters' connections and the moderator's halfway through voting.</summary>
    public int DropConnections { get; init; }

    /// <summary>Poll sizes, one run against each server per size.</summary>
    public IReadOnlyList<int> Voters { get; init; } = [1_000, 5_000, 10_000];

    /// <summary>Votes are spread uniformly at random over this window once the poll is open.</summary>
    public TimeSpan VoteWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many prize votes to send.</summary>
    public int PrizeVotes { get; init; } = 1_000_000;

    /// <summary>Tiny sizes, for the smoke test: a quick end-to-end check that counts are exact, not a measurement.</summary>
    public bool Smoke { get; init; }

    /// <summary>A running WsisConnect server to target instead of starting one (state is not reset between sizes).</summary>
    public Uri? Server { get; init; }

    /// <summary>Its process id, for memory per connection; without it memory is not measured.</summary>
    public int? ServerPid { get; init; }

    /// <summary>More nodes of the running WsisConnect cluster (<c>--server URL1,URL2,URL3</c>): voters are spread over all of them.</summary>
    public IReadOnlyList<Uri> MoreServers { get; init; } = [];

    /// <summary>The process ids of <see cref="MoreServers"/>, in the same order.</summary>
    public IReadOnlyList<int> MoreServerPids { get; init; } = [];

    /// <summary>The running server's store (StackExchange.Redis connection string), to count its commands per vote.</summary>
    public string? Store { get; init; }

    /// <summary>The store's process id, for its CPU per vote.</summary>
    public int? StorePid { get; init; }

    /// <summary>A running baseline to target instead of starting one.</summary>
    public Uri? Baseline { get; init; }

    /// <summary>The running baseline's process id.</summary>
    public int? BaselinePid { get; init; }

    /// <summary>Skip the baseline (no ratios).</summary>
    public bool NoBaseline { get; init; }

    /// <summary>Where RESULTS.md and results.json go; null writes nothing (the default of a smoke run).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Connections opened at once while connecting voters (the rest wait their turn).</summary>
    public int ConnectBatch { get; init; } = 200;

    /// <summary>Registrations in flight at once.</summary>
    public int RegisterConcurrency { get; init; } = 32;

    /// <summary>Prize votes in flight at once (and the HTTP connection pool's size).</summary>
    public int HttpConcurrency { get; init; } = 64;

    /// <summary>How long to wait for every client to see the final count after the last acknowledgement.</summary>
    public TimeSpan FinalResultTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A poll run during which other processes used more than this share of one core (percent) while voting is run
    /// again, at most twice; the discarded attempts are noted in the results.
    /// </summary>
    public double MaxOtherCpuPercent { get; init; } = 25;

    /// <summary>How long to wait, before each measured run, for the rest of the machine to go idle (zero: do not wait).</summary>
    public TimeSpan QuietWait { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Seeds the random vote times, options and nominees, so runs are repeatable.</summary>
    public int Seed { get; init; } = 2025;

    /// <summary>The demo session the poll runs in (moderated by the demo moderator).</summary>
    public string SessionId { get; init; } = "s004";

    /// <summary>The demo moderator's access code.</summary>
    public string ModeratorCode { get; init; } = "WSIS-MODR-2025";

    /// <summary>The demo organiser's access code (reads prize totals).</summary>
    public string OrganiserCode { get; init; } = "WSIS-ORGA-2025";

    /// <summary>The command line as typed, recorded in the results.</summary>
    public string CommandLine { get; init; } = string.Empty;

    /// <summary>Sizes of the networking scenarios.</summary>
    public Networking.NetworkingOptions Networking { get; init; } = new();

    /// <summary>Connections of the join storm (<c>joins</c>).</summary>
    public int JoinArrivals { get; init; } = 5_000;

    /// <summary>The window the join storm's connections arrive over, at a fixed rate.</summary>
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Dashboard runs (<c>dashboard</c>): a fresh server each, every watcher count measured in each.</summary>
    public int DashboardRuns { get; init; } = 3;

    /// <summary>Times each watcher count is measured per run, the order reversed every other cycle.</summary>
    public int DashboardCycles { get; init; } = 2;

    /// <summary>Dashboards watching the operations pulse, one phase each over the same background.</summary>
    public IReadOnlyList<int> Watchers { get; init; } = [0, 1, 50];

    /// <summary>People connected as the dashboard's background.</summary>
    public int Audience { get; init; } = 300;

    /// <summary>Writes a second the background sends between them (questions, upvotes, poll votes).</summary>
    public double ActionsPerSecond { get; init; } = 20;

    /// <summary>How long each dashboard phase is measured.</summary>
    public TimeSpan PhaseLength { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the dashboard cost runs (only when asked for: it is not part of <c>all</c>).</summary>
    public bool RunsDashboard => Command is "dashboard";

    /// <summary>Whether the join storm runs (only when asked for: it is not part of <c>all</c>).</summary>
    public bool RunsJoins => Command is "joins";

    /// <summary>Whether the poll scenario runs.</summary>
    public bool RunsPolls => Command is "polls" or "all";

    /// <summary>Whether the prize scenario runs.</summary>
    public bool RunsPrizes => Command is "prizes" or "all";

    /// <summary>Whether the contacts scenario runs.</summary>
    public bool RunsContacts => Command is "contacts" or "all";

    /// <summary>Whether the matchmaking scenario runs.</summary>
    public bool RunsMatchmaking => Command is "matchmaking" or "all";
}
