using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Live;

namespace WsisConnect.Bench.Joins;

/// <summary>
/// A join storm: N registered people open their connection and join one session at a fixed rate, N over the window
/// (open loop: each at its scheduled moment, not in batches that wait for each other), as a plenary's audience does
/// when the chair says "open the app now". Measures who joined with the session's snapshot, and how long each took
/// from its scheduled arrival.
/// </summary>
public sealed class JoinStormScenario(BenchOptions options, BenchLog log)
{
    private static readonly TimeSpan JoinWait = TimeSpan.FromSeconds(120);

    /// <summary>Runs one storm against <paramref name="target"/>.</summary>
    public async Task<JoinStormResult> RunAsync(IBenchTarget target, CancellationToken ct)
    {
        var count = options.JoinArrivals;
        var label = $"{target.Name} join storm {count:N0}";
        using var http = BenchHttp.Create(target.BaseAddress, options.RegisterConcurrency);
        var registered = await new VoterRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(count, label, ct);
        var rssBefore = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);

        var connections = new LiveConnection?[count];
        var joinedAt = new long[count];
        var connectedAt = new long[count];
        var startedAt = new long[count];
        var errors = new ConcurrentDictionary<string, int>();
        var interval = options.JoinWindow.TotalSeconds * Stopwatch.Frequency / count;
        log.Line($"{label}: {count:N0} connections arriving over {options.JoinWindow.TotalSeconds:N0} s");
        var cpu = CpuWatch.Start(target.ProcessIds);
        var start = Stopwatch.GetTimestamp();
        var joins = new Task[count];
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }
            var index = i;
            startedAt[index] = Stopwatch.GetTimestamp();
            joins[index] = Task.Run(async () =>
            {
                try
                {
                    var connection = await LiveConnection.ConnectAsync(target.VoterAddress(index), registered.Tokens[index],
                        b => b.WithServerTimeout(TimeSpan.FromMinutes(5)).WithKeepAliveInterval(TimeSpan.FromSeconds(15)), ct);
                    connections[index] = connection;
                    connectedAt[index] = Stopwatch.GetTimestamp();
                    // The SDK's JoinAsync applies the session's snapshot before it returns.
                    await connection.JoinAsync(options.SessionId, ct);
                    joinedAt[index] = Stopwatch.GetTimestamp();
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    errors.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                }
            }, ct);
        }
        try
        {
            await Task.WhenAll(joins).WaitAsync(JoinWait, ct);
        }
        catch (TimeoutException)
        {
            errors.AddOrUpdate("no answer", joins.Count(t => !t.IsCompleted), (_, n) => n + joins.Count(t => !t.IsCompleted));
        }
        var use = cpu.Stop();
        var rssAfter = await ProcessMetrics.SteadyResidentBytesAsync(target.ProcessId, ct);

        var joined = Enumerable.Range(0, count).Where(i => joinedAt[i] != 0).ToArray();
        var times = LatencySummary.Of([.. joined.Select(i => Stopwatch.GetElapsedTime(start + (long)(i * interval), joinedAt[i]).TotalMilliseconds)]);
        // Where the time goes: opening the connection (WebSocket upgrade, authentication, OnConnected) against the
        // JoinSession call (the grain calls, the group, the snapshot).
        var connect = LatencySummary.Of([.. joined.Select(i => Stopwatch.GetElapsedTime(start + (long)(i * interval), connectedAt[i]).TotalMilliseconds)]);
        var joinCall = LatencySummary.Of([.. joined.Select(i => Stopwatch.GetElapsedTime(connectedAt[i], joinedAt[i]).TotalMilliseconds)]);
        var lag = LatencySummary.Of([.. Enumerable.Range(0, count).Select(i => Stopwatch.GetElapsedTime(start + (long)(i * interval), startedAt[i]).TotalMilliseconds)]);
        log.Line($"{label}: {joined.Length:N0}/{count:N0} joined with the snapshot; join time p50 {times.P50Ms:N0} ms, p99 {times.P99Ms:N0} ms, max {times.MaxMs:N0} ms " +
            $"(connected p50 {connect.P50Ms:N0} / p99 {connect.P99Ms:N0} ms, then JoinSession p50 {joinCall.P50Ms:N0} / p99 {joinCall.P99Ms:N0} ms); " +
            $"errors: {(errors.IsEmpty ? "none" : string.Join(", ", errors.Select(e => $"{e.Key} x{e.Value}")))}");

        foreach (var batch in connections.OfType<LiveConnection>().Chunk(500))
        {
            await Task.WhenAll(batch.Select(async c =>
            {
                try
                {
                    await c.DisposeAsync();
                }
                catch (Exception)
                {
                    // Teardown after the measurement.
                }
            }));
        }
        return new JoinStormResult(target.Name, target.Description, count, options.JoinWindow.TotalSeconds, joined.Length, times, connect, joinCall, lag,
            new Dictionary<string, int>(errors), use, MiB(rssBefore), MiB(rssAfter));
    }

    private static double? MiB(long? bytes) => bytes is { } b ? Math.Round(b / 1024.0 / 1024.0, 1) : null;
}
