using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Targets;

namespace WsisConnect.Bench.Networking;

/// <summary>Runs the contacts and matchmaking scenarios, each against a fresh server, and merges their sections into the results.</summary>
public static class NetworkingRunner
{
    /// <summary>The contacts scenario; its section is written when the options name an output folder.</summary>
    public static async Task<NetworkingReport<ContactsRunResult>> RunContactsAsync(
        BenchOptions options, NetworkingOptions sizes, MachineInfo machine, BenchLog log, CancellationToken ct)
    {
        await using var target = await StartAsync(options, log, ct);
        var result = await WithServerOutputAsync(target, log, () => new ContactsScenario(options, sizes, log).RunAsync(target, ct));
        KeepServerLog(options, target, $"contacts-{sizes.People}-{sizes.Contacts}");
        var report = new NetworkingReport<ContactsRunResult>(DateTimeOffset.UtcNow, options.CommandLine, machine, options.Seed, result);
        if (options.OutputDirectory is { } directory)
        {
            NetworkingResults.Merge(directory, report, null);
        }
        return report;
    }

    /// <summary>The matchmaking scenario; its section is written when the options name an output folder.</summary>
    public static async Task<NetworkingReport<MatchmakingRunResult>> RunMatchmakingAsync(
        BenchOptions options, NetworkingOptions sizes, MachineInfo machine, BenchLog log, CancellationToken ct)
    {
        await using var target = await StartAsync(options, log, ct);
        var result = await WithServerOutputAsync(target, log, () => new MatchmakingScenario(options, sizes, log).RunAsync(target, ct));
        KeepServerLog(options, target, $"matchmaking-{sizes.Profiles}");
        var report = new NetworkingReport<MatchmakingRunResult>(DateTimeOffset.UtcNow, options.CommandLine, machine, options.Seed, result);
        if (options.OutputDirectory is { } directory)
        {
            NetworkingResults.Merge(directory, null, report);
        }
        return report;
    }

    private static async Task<IBenchTarget> StartAsync(BenchOptions options, BenchLog log, CancellationToken ct)
    {
        // A fresh server per scenario: the directory and the books start empty, so what is read back is what the run made.
        IBenchTarget target = options.Server is { } url ? new ExternalTarget("WsisConnect", url, options.ServerPid) : await WsisServerTarget.StartAsync(ct);
        log.Line($"{target.Name}: {target.Description} at {target.BaseAddress}");
        return target;
    }

    private static async Task<T> WithServerOutputAsync<T>(IBenchTarget target, BenchLog log, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception) when (target is WsisServerTarget server)
        {
            log.Line($"the run failed; the server's last output:{Environment.NewLine}{string.Join(Environment.NewLine, server.RecentOutput.Split(Environment.NewLine).TakeLast(40))}");
            throw;
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
}
