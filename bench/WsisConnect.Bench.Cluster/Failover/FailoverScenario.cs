using System.Diagnostics;
using System.Globalization;
using System.Text;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;
using WsisConnect.Contracts.Identity;
using WsisConnect.Testing;

namespace WsisConnect.Bench.Cluster.Failover;

/// <summary>
/// Losing a node: three nodes behind the round-robin proxy, people writing through it; SIGKILL each node in turn
/// and measure, for its clients, the time until a write works again (and, separately, until
/// their connection was back), and for the others the time during which calls failed or hung (slower than 1 s).
/// </summary>
internal static class FailoverScenario
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(35);
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    private sealed record Kill(int Number, int DeadClients, List<double> Recovery, List<double> Reconnect, List<double> Disruption, int SurvivorsDisrupted, int Survivors);

    public static async Task<string> RunAsync(ClusterBenchOptions options, TextWriter log, CancellationToken ct)
    {
        await using var cluster = await LocalCluster.StartAsync(3, demo: true, options.Settings, ct);
        var clock = Stopwatch.StartNew();
        var http = new HttpClient { BaseAddress = cluster.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var sessions = (await new ForumApiClient(http).GetAgendaAsync(ct: ct)).Sessions
            .Where(s => s.QuestionMode == QuestionMode.Open && s.Status != SessionStatus.Ended).Select(s => s.Id).ToArray();
        var clients = new List<ProbedClient>();
        var tokens = new List<string>();
        for (var i = 0; i < options.Clients; i++)
        {
            var api = new ForumApiClient(new HttpClient { BaseAddress = cluster.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
            var token = (await api.RegisterAsync($"Failover probe {i}", "Bench", "CH", StakeholderType.CivilSociety, "en", ct)).Token;
            var live = await LiveConnection.ConnectAsync(cluster.BaseAddress, token, ct: ct);
            // Six people to a session: a session's grain serves clients of every node, as in a real room.
            var session = sessions[i % Math.Max(1, options.Clients / 6)];
            var question = await live.AskQuestion(session, $"Probe question {i}: is the service still there?", anonymous: false);
            tokens.Add(token);
            clients.Add(new ProbedClient(live, session, question.Id, clock));
        }
        clients.ForEach(c => c.Start());
        await Task.Delay(TimeSpan.FromSeconds(5), ct);

        var kills = new List<Kill>();
        for (var k = 1; k <= options.Kills; k++)
        {
            // Each node in turn: the first node (which loaded the demo) is no different from the others.
            var victim = cluster.Nodes[(k - 1) % cluster.Nodes.Count];
            // Times count from the signal; the process may be gone (and its sockets reset) before KillHard returns.
            var killedAt = clock.Elapsed;
            victim.KillHard();
            await Task.Delay(Window, ct);
            var kill = Measure(k, clients, killedAt);
            kills.Add(kill);
            foreach (var (error, count) in clients.SelectMany(c => c.Errors).GroupBy(e => e.Key).Select(g => (g.Key, g.Sum(e => e.Value))).OrderByDescending(e => e.Item2).Take(5))
            {
                log.WriteLine($"    {count} x {error}");
            }
            clients.ForEach(c => c.Errors.Clear());
            if (kill.Recovery.Concat(kill.Disruption).DefaultIfEmpty().Max() > 10)
            {
                var dump = Path.Combine(Path.GetTempPath(), $"wsis-failover-kill{k}.log");
                await File.WriteAllTextAsync(dump, string.Join("\n\n", cluster.Nodes.Select(n => $"== node :{n.HttpPort}\n{n.RecentOutput}")), ct);
                log.WriteLine($"    slow: node output in {dump}");
            }
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kill {k} (node :{victim.HttpPort}): {kill.DeadClients} clients lost their node, writes again after {Spread.Of(kill.Recovery).Format("s")}; " +
                $"reconnected after {Spread.Of(kill.Reconnect).Format("s")}; {kill.SurvivorsDisrupted}/{kill.Survivors} other clients disrupted, for {Spread.Of(kill.Disruption).Format("s")}"));

            victim.Start();
            await victim.WaitUntilReadyAsync(TimeSpan.FromSeconds(180), ct);
            // Spread the clients over all three nodes again, as new visitors would be.
            for (var i = 0; i < clients.Count; i++)
            {
                await clients[i].ReplaceAsync(await LiveConnection.ConnectAsync(cluster.BaseAddress, tokens[i], ct: ct));
            }
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
        }
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
        return Render(options, kills);
    }

    private static Kill Measure(int number, List<ProbedClient> clients, TimeSpan killedAt)
    {
        var recovery = new List<double>();
        var reconnect = new List<double>();
        var disruption = new List<double>();
        var dead = 0;
        var disrupted = 0;
        foreach (var client in clients)
        {
            var calls = client.Calls.Where(c => c.Start >= killedAt && c.Start < killedAt + Window).ToList();
            var lost = client.ConnectionLost.Where(t => t >= killedAt && t < killedAt + TimeSpan.FromSeconds(5)).ToList();
            if (lost.Count > 0)
            {
                dead++;
                // A call sent in the instant between the signal and the process's end may still have been answered.
                var firstOk = calls.FirstOrDefault(c => c.Ok && c.Start >= lost[0]);
                recovery.Add(firstOk is null ? Window.TotalSeconds : (firstOk.End - killedAt).TotalSeconds);
                var back = client.Reconnected.FirstOrDefault(t => t >= killedAt);
                reconnect.Add(back == default ? Window.TotalSeconds : (back - killedAt).TotalSeconds);
                continue;
            }
            var bad = calls.Where(c => !c.Ok || c.End - c.Start > Slow).ToList();
            disruption.Add(bad.Count == 0 ? 0 : bad.Max(c => (c.End - killedAt).TotalSeconds));
            disrupted += bad.Count == 0 ? 0 : 1;
        }
        return new Kill(number, dead, recovery, reconnect, disruption, disrupted, clients.Count - dead);
    }

    private static string Render(ClusterBenchOptions options, List<Kill> kills)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Failover: {kills.Count} node kills, {options.Clients} clients ({options.Label})");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{options.CommandLine}`, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores. ");
        md.AppendLine(CultureInfo.InvariantCulture, $"Settings: {(options.Settings.Count == 0 ? "the server's defaults" : string.Join(", ", options.Settings.Select(s => $"`{s.Key}={s.Value}`")))}.");
        md.AppendLine();
        md.AppendLine("Three nodes, one redis-server with a password, a round-robin TCP proxy; every client toggles an upvote in its");
        md.AppendLine("own session every 250 ms through the proxy. Times are seconds from the SIGKILL.");
        md.AppendLine();
        md.AppendLine("| kill | clients of the dead node | their first successful write | their reconnect | other clients disrupted | disruption of those |");
        md.AppendLine("|---:|---:|---|---|---:|---|");
        foreach (var k in kills)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {k.Number} | {k.DeadClients} | {Spread.Of(k.Recovery).Format("s")} | {Spread.Of(k.Reconnect).Format("s")} | {k.SurvivorsDisrupted}/{k.Survivors} | {Spread.Of(k.Disruption.Where(d => d > 0)).Format("s")} |");
        }
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Clients of the killed node, first successful write**: {Spread.Of(kills.SelectMany(k => k.Recovery)).Format("s")}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **... of which reconnecting** (WebSocket back, token validated): {Spread.Of(kills.SelectMany(k => k.Reconnect)).Format("s")}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Other clients, disruption** (last failed or >1 s call, 0 when none): {Spread.Of(kills.SelectMany(k => k.Disruption)).Format("s")}; disrupted at all: {kills.Sum(k => k.SurvivorsDisrupted)}/{kills.Sum(k => k.Survivors)}");
        return md.ToString();
    }
}
