using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Polls;

namespace WsisConnect.Bench.Polls;

/// <summary>
/// A live poll with N voters in one session: register them, connect each with its own SDK connection, measure the
/// server's memory per connection, open a poll, let every voter vote once at a random moment of the window, and
/// wait until every client has seen the final count. The same code drives WsisConnect and the baseline.
/// </summary>
public sealed partial class PollScenario(BenchOptions options, BenchLog log)
{
    private const int Options = 4;
    private static readonly TimeSpan OpenWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan VoteWait = TimeSpan.FromSeconds(120);

    /// <summary>Runs one size against one server.</summary>
    public async Task<PollRunResult> RunAsync(IBenchTarget target, int voterCount, CancellationToken ct)
    {
        var notes = new List<string>();
        var label = $"{target.Name} {voterCount:N0}";
        using var http = BenchHttp.Create(target.BaseAddress, options.RegisterConcurrency);

        log.Line($"{label}: registering {voterCount:N0} voters");
        var registered = await new VoterRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(voterCount, label, ct);
        log.Line($"{label}: registered in {registered.Summary.Seconds:N1} s ({registered.Summary.PerSecond:N0}/s)");

        var events = new ConnectionEvents();
        var moderatorApi = new ForumApiClient(http);
        var signIn = await moderatorApi.SignInAsync(options.ModeratorCode, ct);
        await using var moderator = await LiveConnection.ConnectAsync(target.BaseAddress, signIn.Token, ConfigureClient, ct);
        events.Watch(moderator.Connection, "moderator");
        await moderator.JoinSession(options.SessionId);
        var poll = await moderator.CreatePoll(options.SessionId, new PollDraft(
            $"Benchmark poll, {voterCount:N0} voters: which action line matters most to you?",
            PollKind.SingleChoice,
            ["C2 Information and communication infrastructure", "C4 Capacity building", "C5 Building confidence and security", "C7 ICT applications"]));
        log.Line($"{label}: poll {poll.Id} created; measuring the server's memory before connecting");

        var rssBefore = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);
        var voters = registered.Tokens.Select((token, i) => new PollVoter(i, token)).ToArray();
        var connectCpu = CpuWatch.Start(target.ProcessIds);
        var (connectSeconds, connectFailures) = await ConnectAsync(target, voters, poll.Id, events, label, ct);
        var connectUse = connectCpu.Stop();
        var connected = voters.Where(v => v.Connection is not null).ToArray();
        // The server's CPU with everyone connected and nothing happening (keep-alives, timers): subtracted from the
        // voting phase's CPU, it leaves the marginal cost of the votes and their pushes.
        var idleCpuWatch = CpuWatch.Start(target.ProcessIds);
        var rssAfter = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);
        if (target.ProcessId is null)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
        }
        var idleCpu = idleCpuWatch.Stop();
        double? perConnection = rssBefore is { } b && rssAfter is { } a && connected.Length > 0 ? Math.Round((a - b) / 1024.0 / connected.Length, 1) : null;
        log.Line($"{label}: {connected.Length:N0} connected in {connectSeconds:N1} s; RSS {MiB(rssBefore)} -> {MiB(rssAfter)} MiB, {perConnection?.ToString("N1") ?? "n/a"} KiB per connection");

        var openStart = Stopwatch.GetTimestamp();
        try
        {
            await moderator.OpenPoll(poll.Id);
        }
        catch (Exception e)
        {
            // Recorded, not fatal: the votes then show what the server answers.
            notes.Add($"the moderator's OpenPoll failed: {Retry.Describe(e)}");
        }
        var openSeenBy = await WaitForAsync(() => connected.Count(v => v.OpenSeenAt != 0), connected.Length, OpenWait, ct);
        double? openSeenMs = openSeenBy == connected.Length && connected.Length > 0
            ? Math.Round(Stopwatch.GetElapsedTime(openStart, connected.Max(v => v.OpenSeenAt)).TotalMilliseconds, 1)
            : null;
        if (openSeenMs is null)
        {
            notes.Add($"only {openSeenBy:N0} of {connected.Length:N0} clients saw the poll open within {OpenWait.TotalSeconds:N0} s; voting went ahead");
        }

        var logBefore = target.LogLineCounts;
        var pushesBefore = SumPushes(connected);
        var voteCpu = CpuWatch.Start(target.ProcessIds);
        var store = await StoreWatch.StartAsync(target.StoreConnection, target.StorePid);
        var voting = await VoteAsync(connected, poll.Id, voterCount, label, DropConnectionsAsync(connected, moderator, events, notes), ct);
        var acked = connected.Where(v => v.Acked).ToArray();
        var expected = new int[Options];
        foreach (var voter in acked)
        {
            expected[voter.Option]++;
        }

        log.Line($"{label}: {acked.Length:N0}/{voterCount:N0} votes acknowledged; waiting for every client to see {acked.Length:N0} voters");
        var sawFinal = await WaitForAsync(() => connected.Count(v => v.Seen?.Results.Voters == acked.Length), connected.Length, options.FinalResultTimeout, ct);
        var voteUse = voteCpu.Stop();
        var pushesAfter = SumPushes(connected);
        var logDuringVoting = LinesSince(logBefore, target.LogLineCounts);
        var storeUse = await store.StopAsync();
        var pushesPerClient = PollVoter.PushKinds.Select((kind, i) => (kind, perClient: connected.Length == 0 ? 0 : Math.Round((pushesAfter[i] - pushesBefore[i]) / (double)connected.Length, 1)))
            .Where(p => p.perClient > 0).ToDictionary(p => p.kind, p => p.perClient);
        var lastAck = acked.Length > 0 ? acked.Max(v => v.AnsweredAt) : 0;
        var finalSeen = connected.Where(v => v.Seen?.Results.Voters == acked.Length).Select(v => v.Seen!.Since).ToArray();
        double? finalDelay = finalSeen.Length > 0 && lastAck > 0
            ? Math.Round(Stopwatch.GetElapsedTime(lastAck, finalSeen.Max()).TotalMilliseconds, 1)
            : null;

        var serverCounts = await ReadServerCountsAsync(moderator, options.SessionId, poll.Id, notes);
        var clientsExact = connected.Count(v => v.Seen is { } seen && Counts(seen.Results).SequenceEqual(expected));
        var exact = (serverCounts is null || serverCounts.SequenceEqual(expected)) && clientsExact == connected.Length && connected.Length > 0;
        if (serverCounts is null)
        {
            notes.Add("the server's own counts could not be read back; exactness is judged from what the clients received");
        }
        var drops = connected.Sum(v => v.Drops);
        if (events.LostCount > 0 || events.Closed.Count > 0)
        {
            log.Line($"{label}: connections lost: {Describe(events.Lost)}; closed for good: {Describe(events.Closed)}; {events.Reconnected:N0} reconnected");
        }
        log.Line($"{label}: {sawFinal:N0}/{connected.Length:N0} clients saw the final total, {finalDelay?.ToString("N0") ?? "n/a"} ms after the last ack; exact: {(exact ? "yes" : "NO")}");

        await CloseQuietlyAsync(moderator, poll.Id);
        await DisconnectAsync(connected);

        return new PollRunResult(
            target.Name, target.Description, voterCount, registered.Summary,
            connected.Length, connectSeconds, connectFailures, connectUse,
            MiB(rssBefore), MiB(rssAfter), perConnection,
            openSeenBy, openSeenMs,
            voting.Sent, acked.Length, voting.Errors, voting.Seconds, voting.PerSecond, voting.Ack, voting.BySecond, voting.SendLag, voteUse,
            sawFinal, finalDelay, expected, serverCounts, clientsExact, exact, drops, pushesPerClient, notes)
        {
            FirstAttempt = voting.First,
            VotesUnanswered = voting.Unanswered,
            VoteRetryWindowSeconds = options.VoteRetryWindow.TotalSeconds,
            ConnectionsLost = events.Lost,
            ConnectionsClosed = events.Closed,
            Reconnected = events.Reconnected,
            ServerLogLinesVoting = logDuringVoting,
            StoreVoting = storeUse,
            ServerCpuPercentConnectedIdle = idleCpu.ServerPercent,
            ServerCpuSecondsVoting = voteUse.ServerPercent is { } percent ? Math.Round(percent / 100 * voteUse.WallSeconds, 2) : null,
        };
    }

    /// <summary>Long server timeout: on a saturated two-core machine a keep-alive may arrive late, and a dropped client would skew the run.</summary>
    private static void ConfigureClient(IHubConnectionBuilder builder) =>
        builder.WithServerTimeout(TimeSpan.FromMinutes(5)).WithKeepAliveInterval(TimeSpan.FromSeconds(15));

    private static long[] SumPushes(PollVoter[] voters)
    {
        var sum = new long[PollVoter.PushKinds.Length];
        foreach (var voter in voters)
        {
            var pushes = voter.Pushes();
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += pushes[i];
            }
        }
        return sum;
    }

    private static int[] Counts(PollResults results) => [.. results.Options.Select(o => o.OnSite + o.Remote)];

    private static double? MiB(long? bytes) => bytes is { } b ? Math.Round(b / 1024.0 / 1024.0, 1) : null;

    /// <summary>Polls <paramref name="count"/> every 50 ms until it reaches <paramref name="goal"/> or the time is up.</summary>
    private static async Task<int> WaitForAsync(Func<int> count, int goal, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        int now;
        while ((now = count()) < goal && clock.Elapsed < timeout)
        {
            await Task.Delay(50, ct);
        }
        return now;
    }

    private static async Task<int[]?> ReadServerCountsAsync(LiveConnection moderator, string sessionId, string pollId, List<string> notes)
    {
        try
        {
            var polls = await moderator.ListPolls(sessionId);
            return polls.FirstOrDefault(p => p.Poll.Id == pollId)?.Results is { } results ? Counts(results) : null;
        }
        catch (Exception e)
        {
            notes.Add($"ListPolls failed: {Retry.Describe(e)}");
            return null;
        }
    }

    /// <summary>Closing the poll is tidying up; a moderator connection the server closed must not crash the run.</summary>
    private static async Task CloseQuietlyAsync(LiveConnection moderator, string pollId)
    {
        try
        {
            await moderator.ClosePoll(pollId);
        }
        catch (Exception)
        {
        }
    }

    /// <summary>
    /// With <see cref="BenchOptions.DropConnections"/>, halfway through the window: closes that many voters' connections
    /// and the moderator's, as a server dropping them would, so the smoke test can check such a run is reported, not fatal.
    /// </summary>
    private Func<Task>? DropConnectionsAsync(PollVoter[] voters, LiveConnection moderator, ConnectionEvents events, List<string> notes)
    {
        if (options.DropConnections <= 0)
        {
            return null;
        }
        return async () =>
        {
            var dropped = voters.Where(v => v.SentAt == 0).Take(options.DropConnections).ToArray();
            foreach (var voter in dropped)
            {
                await voter.Connection!.Connection.StopAsync();
                events.ClosedByTool("voter");
            }
            await moderator.Connection.StopAsync();
            events.ClosedByTool("moderator");
            notes.Add($"closed {dropped.Length} voters' connections and the moderator's halfway through the window (--drop-connections)");
        };
    }

    private static IReadOnlyDictionary<string, long>? LinesSince(IReadOnlyDictionary<string, long>? before, IReadOnlyDictionary<string, long>? after) =>
        after?.ToDictionary(kv => kv.Key, kv => kv.Value - (before?.GetValueOrDefault(kv.Key) ?? 0)).Where(kv => kv.Value > 0).ToDictionary();

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} x{c.Value}"));
}
