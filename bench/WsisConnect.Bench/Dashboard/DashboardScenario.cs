using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Bench.Dashboard;

/// <summary>
/// What the operations dashboard costs the server: one server, one steady background (people asking, upvoting and
/// voting), and the server's CPU over equal phases with 0, 1 and 50 dashboards watching the pulse, in the same run
/// so that the phases share the machine's state. Each watcher count is measured <see cref="BenchOptions.DashboardCycles"/>
/// times per run, the order reversed every other cycle and every other run (0, 1, 50, 50, 1, 0), so that drift over a
/// run (longer question lists, another process starting) does not always favour the same phase.
/// </summary>
public sealed class DashboardScenario(BenchOptions options, BenchLog log)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    private static readonly string[] ModeratedSessions = ["s001", "s004", "s005"];
    // Watchers are counted by each node's report, once a second: pushes start (and stop) within two seconds.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>Runs once against <paramref name="target"/>.</summary>
    public async Task<DashboardRunResult> RunAsync(IBenchTarget target, int run, CancellationToken ct)
    {
        var label = $"dashboard run {run}";
        using var http = BenchHttp.Create(target.BaseAddress, options.RegisterConcurrency);
        var registered = await new VoterRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(options.Audience, label, ct);

        var api = new ForumApiClient(http);
        var moderatorToken = (await api.SignInAsync(options.ModeratorCode, ct)).Token;
        await using var moderator = await LiveConnection.ConnectAsync(target.BaseAddress, moderatorToken, DashboardAudience.Configure, ct);
        // The demo moderator's three sessions (the plenary among them) are started as their moderator would, open to
        // questions so that people can upvote them; the demo's other live sessions run already, with nobody in them.
        foreach (var session in ModeratedSessions)
        {
            await moderator.SetSessionStatus(session, SessionStatus.Live, Guid.NewGuid().ToString());
            await moderator.SetQuestionMode(session, QuestionMode.Open, Guid.NewGuid().ToString());
        }
        await moderator.JoinSession(options.SessionId);
        var organiserToken = (await new ForumApiClient(http).SignInAsync(options.OrganiserCode, ct)).Token;
        string[] live = [.. ModeratedSessions.Where(s => s != options.SessionId)];
        log.Line($"{label}: connecting {options.Audience:N0} people to {options.SessionId} and {string.Join(", ", live)}");

        await using var audience = await DashboardAudience.ConnectAsync(target.BaseAddress, moderator, options.SessionId, live,
            registered.Tokens, options.ConnectBatch, options.Seed + run, ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var background = audience.RunAsync(options.ActionsPerSecond, stop.Token);
        await Task.Delay(WarmUp, ct);

        var phases = new List<DashboardPhase>();
        for (var cycle = 0; cycle < options.DashboardCycles; cycle++)
        {
            foreach (var watchers in (run + cycle) % 2 == 1 ? options.Watchers : options.Watchers.Reverse())
            {
                phases.Add(await PhaseAsync(target, organiserToken, audience, watchers, label, ct));
            }
        }
        await stop.CancelAsync();
        await background;
        log.Line($"{label}: background failures: {(audience.Failures.Count == 0 ? "none" : string.Join(", ", audience.Failures.Select(f => $"{f.Key} x{f.Value}")))}; late sends {audience.Late:N0}");
        return new DashboardRunResult(run, options.Audience, options.ActionsPerSecond, options.DashboardCycles,
            [.. phases.GroupBy(p => p.Watchers).OrderBy(g => g.Key).Select(DashboardPhase.Merge)], phases, audience.Failures, audience.Late);
    }

    private async Task<DashboardPhase> PhaseAsync(IBenchTarget target, string organiserToken, DashboardAudience audience, int count, string label, CancellationToken ct)
    {
        var watchers = count > 0 ? await DashboardWatchers.StartAsync(target.BaseAddress, organiserToken, count, ct) : null;
        try
        {
            await Task.Delay(Settle, ct);
            var load = LoadAverage();
            var (actions, pulses, bytes) = (audience.Actions, watchers?.Pulses ?? 0, watchers?.Bytes ?? 0);
            // CpuWatch rounds to whole percents; the server's own CPU time is kept exact, the differences are small.
            var serverBefore = ProcessMetrics.CpuTime(target.ProcessIds);
            var cpu = CpuWatch.Start(target.ProcessIds);
            await Task.Delay(options.PhaseLength, ct);
            var use = cpu.Stop();
            double? server = ProcessMetrics.CpuTime(target.ProcessIds) is { } after && serverBefore is { } before
                ? Math.Round((after - before).TotalSeconds / use.WallSeconds * 100, 2)
                : null;
            var phase = new DashboardPhase(count, server, use, audience.Actions - actions, (watchers?.Pulses ?? 0) - pulses, (watchers?.Bytes ?? 0) - bytes, load);
            log.Line($"{label}: {count} watching: server {server?.ToString("N2") ?? "n/a"}% of a core, load tool {use.LoadToolPercent:N0}%, " +
                $"others {use.OthersPercent?.ToString("N0") ?? "n/a"}%; {phase.ActionsPerSecond:N1} writes/s; {phase.PulsesPerWatcherSecond:N2} pulses per watcher per second, " +
                $"{phase.BytesPerPulse:N0} B each; load average {load}");
            return phase;
        }
        finally
        {
            if (watchers is not null)
            {
                // Pushes stop once the node's next report says nobody watches; the next phase starts after that.
                await watchers.DisposeAsync();
                await Task.Delay(Settle, ct);
            }
        }
    }

    /// <summary>The 1, 5 and 15-minute load averages, as <c>uptime</c> prints them.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
