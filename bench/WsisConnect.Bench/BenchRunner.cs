using WsisConnect.Bench.Dashboard;
using WsisConnect.Bench.Joins;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Networking;
using WsisConnect.Bench.Polls;
using WsisConnect.Bench.Prizes;
using WsisConnect.Bench.Reporting;
using WsisConnect.Bench.Targets;

namespace WsisConnect.Bench;

/// <summary>Runs the scenarios the options ask for, starting and stopping the servers, and writes the results.</summary>
public static class BenchRunner
{
    /// <summary>Runs and returns the figures; results files are written when <see cref="BenchOptions.OutputDirectory"/> is set.</summary>
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct)
    {
        // Thousands of connections finish their handshakes in bursts; a thread pool starting at two threads lags behind.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 100), Math.Max(io, 100));

        var log = new BenchLog(output);
        var machine = MachineInfo.Current(BuildOutputs.Configuration);
        if (options.Command == "report")
        {
            var written = ResultsStore.Render(options.OutputDirectory ?? BenchCommandLine.DefaultOutputDirectory());
            log.Line($"wrote {written}");
            return new BenchReport(null, null);
        }
        log.Line($"machine: {machine}");
        if (BuildOutputs.Configuration != "Release")
        {
            log.Line($"note: the tool was built {BuildOutputs.Configuration}; measure with -c Release");
        }

        PollsReport? polls = null;
        if (options.RunsPolls)
        {
            var sizes = new List<PollSizeResult>();
            foreach (var voters in options.Voters)
            {
                var ours = await RunPollAsync(options, log, voters, StartOursAsync, ct);
                var baseline = options.NoBaseline ? null : await RunPollAsync(options, log, voters, StartBaselineAsync, ct);
                var size = PollTargets.Evaluate(voters, ours, baseline);
                sizes.Add(size);
                foreach (var check in size.Targets)
                {
                    log.Line($"  target {(check.Met switch { true => "MET   ", false => "MISSED", null => "n/a   " })} {check.Target}: {check.Measured}");
                }
                polls = new PollsReport(DateTimeOffset.UtcNow, options.CommandLine, machine, options.VoteWindow.TotalSeconds, options.ConnectBatch, options.Seed, [.. sizes]);
                // Written after every size, so a failure at a large size keeps the smaller ones.
                Save(options, log, polls, null);
            }
        }

        PrizesReport? prizes = null;
        if (options.RunsPrizes)
        {
            var ours = await RunPrizesAsync(options, log, StartOursAsync, ct);
            // The same vote against the bare baseline, in the same run, so the two are compared on the same machine state.
            var baseline = options.NoBaseline ? null : await RunPrizesAsync(options, log, StartBaselineAsync, ct);
            var ratios = baseline is null ? null : PrizeRatios.Of(ours, baseline);
            if (ratios is not null)
            {
                log.Line($"prizes: ours / baseline: {ratios.Throughput:0.00}x votes/s, {ratios.P50:0.00}x p50, {ratios.P99:0.00}x p99, {ratios.CpuPerVote:0.00}x server CPU per vote");
            }
            prizes = new PrizesReport(DateTimeOffset.UtcNow, options.CommandLine, machine, options.HttpConcurrency, options.RegisterConcurrency, options.Seed, ours, baseline, ratios);
            Save(options, log, null, prizes);
        }

        if (options.RunsJoins)
        {
            var storms = new List<JoinStormResult>();
            foreach (var start in options.NoBaseline ? [StartOursAsync] : new Func<BenchOptions, CancellationToken, Task<IBenchTarget>>[] { StartOursAsync, StartBaselineAsync })
            {
                await WaitForQuietAsync(options, log, ct);
                await using var target = await start(options, ct);
                storms.Add(await RunWithDiagnosticsAsync(target, log, () => new JoinStormScenario(options, log).RunAsync(target, ct)));
            }
            if (options.OutputDirectory is { } directory)
            {
                log.Line($"wrote {JoinStormReport.Write(directory, options.CommandLine, machine, storms)}");
            }
        }

        if (options.RunsDashboard)
        {
            var runs = new List<DashboardRunResult>();
            for (var run = 1; run <= options.DashboardRuns; run++)
            {
                await WaitForQuietAsync(options, log, ct);
                await using var target = await StartOursAsync(options, ct);
                runs.Add(await RunWithDiagnosticsAsync(target, log, () => new DashboardScenario(options, log).RunAsync(target, run, ct)));
                KeepServerLog(options, target, $"dashboard-{run}");
            }
            if (options.OutputDirectory is { } directory)
            {
                log.Line($"wrote {DashboardReport.Write(directory, options.CommandLine, machine, runs)}");
            }
            else
            {
                log.Line(DashboardReport.Markdown(options.CommandLine, machine, runs));
            }
        }

        NetworkingReport<ContactsRunResult>? contacts = null;
        if (options.RunsContacts)
        {
            await WaitForQuietAsync(options, log, ct);
            contacts = await NetworkingRunner.RunContactsAsync(options, options.Networking, machine, log, ct);
            Render(options, log);
        }
        NetworkingReport<MatchmakingRunResult>? matchmaking = null;
        if (options.RunsMatchmaking)
        {
            await WaitForQuietAsync(options, log, ct);
            matchmaking = await NetworkingRunner.RunMatchmakingAsync(options, options.Networking, machine, log, ct);
            Render(options, log);
        }
        return new BenchReport(polls, prizes, contacts, matchmaking);
    }

    private static async Task<PollRunResult> RunPollAsync(
        BenchOptions options, BenchLog log, int voters, Func<BenchOptions, CancellationToken, Task<IBenchTarget>> start, CancellationToken ct)
    {
        const int Attempts = 3;
        var discarded = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            await WaitForQuietAsync(options, log, ct);
            // A fresh server per size: memory per connection is measured from a clean start, and no earlier poll lingers.
            await using var target = await start(options, ct);
            log.Line($"{target.Name}: {target.Description} at {target.BaseAddress}");
            var result = await RunWithDiagnosticsAsync(target, log, () => new PollScenario(options, log).RunAsync(target, voters, ct));
            KeepServerLog(options, target, $"polls-{voters}");
            var others = result.VoteCpu.OthersPercent ?? 0;
            if (others <= options.MaxOtherCpuPercent || attempt == Attempts)
            {
                if (others > options.MaxOtherCpuPercent)
                {
                    discarded.Add($"this run too was disturbed (other processes used {others:N0}% of a core while voting); kept as the last attempt");
                }
                return discarded.Count == 0 ? result : result with { Notes = [.. result.Notes, .. discarded] };
            }
            discarded.Add($"attempt {attempt} discarded: other processes used {others:N0}% of a core while voting (p99 ack then {result.Ack.P99Ms:N0} ms)");
            log.Line($"{target.Name} {voters:N0}: other processes used {others:N0}% of a core while voting; running it again");
        }
    }

    private static async Task<PrizeRunResult> RunPrizesAsync(
        BenchOptions options, BenchLog log, Func<BenchOptions, CancellationToken, Task<IBenchTarget>> start, CancellationToken ct)
    {
        await WaitForQuietAsync(options, log, ct);
        await using var target = await start(options, ct);
        log.Line($"{target.Name}: {target.Description} at {target.BaseAddress}");
        var result = await RunWithDiagnosticsAsync(target, log, () => new PrizeScenario(options, log).RunAsync(target, ct));
        KeepServerLog(options, target, $"prizes-{options.PrizeVotes}");
        return result;
    }

    private static async Task WaitForQuietAsync(BenchOptions options, BenchLog log, CancellationToken ct)
    {
        if (options.QuietWait <= TimeSpan.Zero)
        {
            return;
        }
        var (waited, quiet) = await QuietMachine.WaitAsync(options.QuietWait, ct);
        if (!quiet)
        {
            log.Line($"the machine was still busy after {waited.TotalSeconds:N0} s; measuring anyway");
        }
        else if (waited > TimeSpan.FromSeconds(40))
        {
            log.Line($"waited {waited.TotalSeconds:N0} s for the machine to go quiet");
        }
    }

    /// <summary>The server's last output lines go next to the results (not committed), to look for warnings under load.</summary>
    private static void KeepServerLog(BenchOptions options, IBenchTarget target, string run)
    {
        if (options.OutputDirectory is { } directory && target is WsisServerTarget server)
        {
            var logs = Directory.CreateDirectory(Path.Combine(directory, "logs"));
            File.WriteAllText(Path.Combine(logs.FullName, $"{target.Name}-{run}.log"), server.RecentOutput + Environment.NewLine);
        }
    }

    private static async Task<T> RunWithDiagnosticsAsync<T>(IBenchTarget target, BenchLog log, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception) when (target is WsisServerTarget server)
        {
            log.Line($"the run against {target.Name} failed; the server's last output:{Environment.NewLine}{Tail(server.RecentOutput, 40)}");
            throw;
        }
    }

    private static async Task<IBenchTarget> StartOursAsync(BenchOptions options, CancellationToken ct) =>
        options.Server is { } url
            ? new ExternalTarget("WsisConnect", [url, .. options.MoreServers], options.ServerPid is { } pid ? [pid, .. options.MoreServerPids] : [], options.Store, options.StorePid)
            : await WsisServerTarget.StartAsync(ct);

    private static async Task<IBenchTarget> StartBaselineAsync(BenchOptions options, CancellationToken ct) =>
        options.Baseline is { } url ? new ExternalTarget("baseline", url, options.BaselinePid) : await BaselineTarget.StartAsync(ct);

    private static void Save(BenchOptions options, BenchLog log, PollsReport? polls, PrizesReport? prizes)
    {
        if (options.OutputDirectory is { } directory)
        {
            log.Line($"wrote {ResultsStore.Save(directory, polls, prizes)}");
        }
    }

    private static void Render(BenchOptions options, BenchLog log)
    {
        if (options.OutputDirectory is { } directory)
        {
            log.Line($"wrote {ResultsStore.Render(directory)}");
        }
    }

    private static string Tail(string text, int lines) =>
        string.Join(Environment.NewLine, text.Split(Environment.NewLine).TakeLast(lines));
}
