using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;

namespace WsisConnect.Bench.Polls;

/// <summary>One poll run: N voters against one server.</summary>
/// <param name="MemoryPerConnectionKiB">(RSS with N connected - RSS before) / N; null when the server's pid is unknown.</param>
/// <param name="OpenSeenByAllMs">From the moderator's OpenPoll call until the last client saw the poll open.</param>
/// <param name="VotesPerSecond">Acknowledged votes / (last acknowledgement - first vote sent).</param>
/// <param name="Ack">Acknowledgement latency: the Vote call, from send to receipt.</param>
/// <param name="AckBySecond">Ack latency of the votes due in each second of the window (a cold start shows in the first).</param>
/// <param name="SendLag">How late the load tool sent votes against their random schedule (its own saturation).</param>
/// <param name="FinalResultDelayMs">From the last acknowledgement until the last client saw the final voter total (among those that did).</param>
/// <param name="ServerCounts">The counts per option the moderator read back (ListPolls) after the wait.</param>
/// <param name="ClientsExact">Clients whose last received counts equal the acknowledged votes per option.</param>
/// <param name="PushesPerClient">Pushes each client received on average during the voting phase, by hub method.</param>
/// <param name="CountsExact">The server's counts and every client's last counts equal the acknowledged votes per option.</param>
public sealed record PollRunResult(
    string Server,
    string Description,
    int Voters,
    RegistrationSummary Registration,
    int Connected,
    double ConnectSeconds,
    IReadOnlyDictionary<string, int> ConnectFailures,
    CpuUse ConnectCpu,
    double? RssBeforeMiB,
    double? RssAfterMiB,
    double? MemoryPerConnectionKiB,
    int OpenSeenBy,
    double? OpenSeenByAllMs,
    int VotesSent,
    int VotesAcked,
    IReadOnlyDictionary<string, int> VoteErrors,
    double VotingSeconds,
    double VotesPerSecond,
    LatencySummary Ack,
    IReadOnlyList<AckSecond> AckBySecond,
    LatencySummary SendLag,
    CpuUse VoteCpu,
    int ClientsSawFinal,
    double? FinalResultDelayMs,
    int[] Expected,
    int[]? ServerCounts,
    int ClientsExact,
    bool CountsExact,
    int Drops,
    IReadOnlyDictionary<string, double> PushesPerClient,
    IReadOnlyList<string> Notes)
{
    /// <summary>The first attempts alone, before retries (null in results written before the tool retried).</summary>
    public FirstAttempts? FirstAttempt { get; init; }

    /// <summary>Votes with no answer at all, not even an error, by the end of the voting wait.</summary>
    public int VotesUnanswered { get; init; }

    /// <summary>How long the tool retried a vote whose outcome was unknown (0: never).</summary>
    public double VoteRetryWindowSeconds { get; init; }

    /// <summary>Connections lost during the run (then reconnecting), by who closed them and why.</summary>
    public IReadOnlyDictionary<string, int> ConnectionsLost { get; init; } = new Dictionary<string, int>();

    /// <summary>Connections closed for good during the run, by reason.</summary>
    public IReadOnlyDictionary<string, int> ConnectionsClosed { get; init; } = new Dictionary<string, int>();

    /// <summary>Lost connections that came back.</summary>
    public int Reconnected { get; init; }

    /// <summary>Lines the server wrote to its console while voting, by level (null when the tool does not read its output).</summary>
    public IReadOnlyDictionary<string, long>? ServerLogLinesVoting { get; init; }

    /// <summary>What the store did while voting (commands, bytes, CPU), for unit costs; null when it could not be read.</summary>
    public StoreUse? StoreVoting { get; init; }

    /// <summary>The server's CPU (all its nodes, % of one core) with every voter connected and nothing happening, measured just before the poll opens.</summary>
    public double? ServerCpuPercentConnectedIdle { get; init; }

    /// <summary>CPU seconds of the server (all its nodes) over the voting phase.</summary>
    public double? ServerCpuSecondsVoting { get; init; }

    /// <summary>Every voter connected, voted and was acknowledged.</summary>
    public bool AllAcknowledged => Connected == Voters && VotesAcked == Voters;

    /// <summary>Every connected client saw the final total.</summary>
    public bool AllSawFinal => Connected > 0 && ClientsSawFinal == Connected;
}
