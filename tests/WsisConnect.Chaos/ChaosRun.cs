using System.Diagnostics;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Networking;
using WsisConnect.Contracts.Polls;
using WsisConnect.Testing;

namespace WsisConnect.Chaos;

/// <summary>
/// The chaos run: three nodes on one redis-server behind a round-robin proxy, remote participants writing a mix of
/// questions, upvotes, votes (a small poll and a big one) and messages to their contact while nodes are SIGKILLed and
/// restarted and the store is paused; then every acknowledged write is read back and every client's copy compared
/// with the truth.
/// </summary>
public static class ChaosRun
{
    /// <summary>An open session of the demo, run by the demo moderator.</summary>
    public const string Session = "s004";

    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="plan"/> and reports; <paramref name="log"/> hears the progress.</summary>
    public static async Task<ChaosReport> RunAsync(ChaosPlan plan, Action<string> log, CancellationToken cancellationToken = default)
    {
        await using var cluster = await LocalCluster.StartAsync(nodeCount: 3, demo: true, new Dictionary<string, string?>
        {
            // The load is about faults, not limits: lift the per-person pacing rules.
            ["Questions__MaxPerWindow"] = "100000",
            ["Messages__MaxPerWindow"] = "100000",
        }, cancellationToken);
        log($"cluster up: nodes on {string.Join(", ", cluster.Nodes.Select(n => n.HttpPort))}, proxy {cluster.BaseAddress}");
        try
        {
            return await RunAsync(cluster, plan, log, cancellationToken);
        }
        catch
        {
            for (var i = 0; i < cluster.Nodes.Count; i++)
            {
                log($"node {i}:\n{cluster.Nodes[i].RecentOutput}");
            }
            throw;
        }
    }

    private static async Task<ChaosReport> RunAsync(LocalCluster cluster, ChaosPlan plan, Action<string> log, CancellationToken cancellationToken)
    {
        var moderatorApi = Api(cluster);
        var moderatorToken = (await moderatorApi.SignInAsync(DemoCodes.Moderator, cancellationToken)).Token;
        await using var moderator = await LiveConnection.ConnectAsync(cluster.BaseAddress, moderatorToken, ct: cancellationToken);
        string[] polls =
        [
            (await moderator.CreatePoll(Session, new PollDraft("Few voters: which track next?", PollKind.SingleChoice, ["Youth", "Gender", "Cities"]))).Id,
            (await moderator.CreatePoll(Session, new PollDraft("Everyone: which action line first?", PollKind.SingleChoice, ["C2", "C5", "C7"]))).Id,
        ];
        foreach (var poll in polls)
        {
            await moderator.OpenPoll(poll);
        }

        var people = await ArriveAsync(cluster, plan.People, cancellationToken);
        log($"{people.Count} people connected and joined {Session}");
        var ledger = new AcknowledgedWrites();
        try
        {
            var clock = Stopwatch.StartNew();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stop.CancelAfter(plan.Load);
            var load = people.Select(p => p.RunAsync(Session, polls, ledger, clock, stop.Token)).ToList();
            await InjectAsync(cluster, plan, clock, log, cancellationToken);
            await Task.WhenAll(load);
            log($"load stopped after {clock.Elapsed.TotalSeconds:0} s: {ledger.Count} acknowledged, {ledger.Unknown.Count} unknown, {ledger.Refused.Count} refused");

            var settle = Stopwatch.StartNew();
            var violations = await ChaosCheck.VerifyAsync(moderatorApi, people, polls, ledger, cancellationToken);
            var converged = settle.Elapsed;
            if (violations.Count > 0 || !ledger.Refused.IsEmpty || !ledger.Unknown.IsEmpty)
            {
                for (var i = 0; i < cluster.Nodes.Count; i++)
                {
                    log($"node {i} errors:\n{cluster.Nodes[i].RecentFaults}");
                }
            }
            return new ChaosReport(plan, ledger.Count, [.. ledger.Unknown], [.. ledger.Refused], violations,
                [.. plan.Events.Where(e => e.Action != ChaosAction.RestartNode).Select(e => Recovery.Of(e, ledger.Timings))],
                people.Sum(p => p.Reconnects), converged);
        }
        finally
        {
            foreach (var person in people)
            {
                await person.DisposeAsync();
            }
        }
    }

    private static async Task<List<ChaosPerson>> ArriveAsync(LocalCluster cluster, int count, CancellationToken cancellationToken)
    {
        var registered = new List<(RegistrationResponse Registration, LiveConnection Live)>();
        for (var i = 0; i < count; i++)
        {
            var registration = await Api(cluster).RegisterAsync($"Chaos Participant {i}", "Resilience Lab", "KE", StakeholderType.TechnicalCommunity, "en", cancellationToken);
            registered.Add((registration, await LiveConnection.ConnectAsync(cluster.BaseAddress, registration.Token, ct: cancellationToken)));
        }
        // Pairs become contacts so that they can message each other: 0 with 1, 2 with 3, ...
        for (var i = 0; i + 1 < count; i += 2)
        {
            var request = await registered[i].Live.SendContactRequest(registered[i + 1].Registration.Profile.Id, "Shall we stay in touch?");
            await registered[i + 1].Live.RespondToContactRequest(request.Id, RequestStatus.Accepted);
        }
        var people = new List<ChaosPerson>();
        for (var i = 0; i < count; i++)
        {
            var (registration, live) = registered[i];
            var partner = i % 2 == 0 ? (i + 1 < count ? i + 1 : -1) : i - 1;
            var contact = partner < 0 ? null : registered[partner].Registration.Profile.Id;
            var conversation = contact is null ? null : ContactPairKey.Of(registration.Profile.Id, contact).ToGrainKey();
            var queue = await live.JoinAsync(Session, cancellationToken);
            var person = new ChaosPerson(i, registration.Profile.Id, live, queue, contact, conversation);
            person.Follow(Session);
            await person.RefreshAsync(Session);
            people.Add(person);
        }
        return people;
    }

    private static async Task InjectAsync(LocalCluster cluster, ChaosPlan plan, Stopwatch clock, Action<string> log, CancellationToken cancellationToken)
    {
        foreach (var chaos in plan.Events.OrderBy(e => e.At))
        {
            var wait = chaos.At - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            log($"{clock.Elapsed.TotalSeconds:0.0} s: {chaos}");
            switch (chaos.Action)
            {
                case ChaosAction.KillNode:
                    cluster.Nodes[chaos.Node].KillHard();
                    break;
                case ChaosAction.RestartNode:
                    cluster.Nodes[chaos.Node].Start();
                    await cluster.Nodes[chaos.Node].WaitUntilReadyAsync(TimeSpan.FromSeconds(120), cancellationToken);
                    log($"{clock.Elapsed.TotalSeconds:0.0} s: node {chaos.Node} ready again");
                    break;
                case ChaosAction.PauseStore:
                    cluster.Redis.Pause();
                    try
                    {
                        await Task.Delay(chaos.Duration, cancellationToken);
                    }
                    finally
                    {
                        cluster.Redis.Resume();
                    }
                    log($"{clock.Elapsed.TotalSeconds:0.0} s: store answering again");
                    break;
                case ChaosAction.RestartStore:
                    cluster.Redis.KillHard();
                    await Task.Delay(chaos.Duration, cancellationToken);
                    await cluster.Redis.RestartAsync(cancellationToken);
                    log($"{clock.Elapsed.TotalSeconds:0.0} s: store started again on its append-only file");
                    break;
            }
        }
        var left = plan.Load - clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, cancellationToken);
        }
    }

    private static ForumApiClient Api(LocalCluster cluster) =>
        new(new HttpClient { BaseAddress = cluster.BaseAddress, Timeout = CallBound });
}
