using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Http;
using WsisConnect.Client.Live;
using WsisConnect.Contracts.Networking;

namespace WsisConnect.Bench.Networking;

/// <summary>
/// Loads generated profiles into the directory through the real endpoints (register, then <c>PUT /api/me/profile</c>
/// as that person), then has a few hundred of them ask for suggestions over the hub and times each query.
/// </summary>
public sealed class MatchmakingScenario(BenchOptions options, NetworkingOptions sizes, BenchLog log)
{
    private const int DirectoryChecks = 20;
    private static readonly TimeSpan QueryWait = TimeSpan.FromSeconds(30);

    /// <summary>Runs once against <paramref name="target"/>.</summary>
    public async Task<MatchmakingRunResult> RunAsync(IBenchTarget target, CancellationToken ct)
    {
        var notes = new List<string>();
        var label = $"matchmaking {sizes.Profiles:N0}";
        using var http = BenchHttp.Create(target.BaseAddress, options.RegisterConcurrency);

        log.Line($"{label}: registering {sizes.Profiles:N0} people and storing their profiles, {options.RegisterConcurrency} at a time");
        var loadCpu = CpuWatch.Start(target.ProcessId);
        var registered = await new PeopleRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(
            sizes.Profiles, "Bench profile", (i, api, token) => api.UpdateMyProfileAsync(ProfileGenerator.For(i, options.Seed), token), label, ct);
        var loadUse = loadCpu.Stop();
        var rss = ProcessMetrics.ResidentBytes(target.ProcessId ?? -1);
        log.Line($"{label}: loaded in {registered.Summary.Seconds:N1} s ({registered.Summary.PerSecond:N0} profiles/s, {2 * registered.Summary.PerSecond:N0} HTTP calls/s)");

        var reader = new ForumApiClient(http) { Token = registered.Tokens[0] };
        var random = new Random(options.Seed);
        var found = 0;
        for (var n = 0; n < Math.Min(DirectoryChecks, sizes.Profiles); n++)
        {
            var i = random.Next(sizes.Profiles);
            var hits = await reader.SearchDirectoryAsync($"Bench profile {i:D6}", 0, 5, ct);
            found += hits.Count(h => h.AttendeeId == registered.Ids[i]) == 1 ? 1 : 0;
        }
        log.Line($"{label}: {found}/{Math.Min(DirectoryChecks, sizes.Profiles)} sampled people found in the directory by name");
        var directorySize = await DirectorySizeAsync(reader, ct);
        log.Line($"{label}: the directory lists {directorySize:N0} people");

        var askers = Enumerable.Range(0, sizes.Profiles).OrderBy(_ => random.Next()).Take(Math.Min(sizes.QueryPeople, sizes.Profiles)).ToArray();
        var connections = new List<LiveConnection>();
        foreach (var batch in askers.Chunk(options.ConnectBatch))
        {
            connections.AddRange(await Task.WhenAll(batch.Select(i => LiveConnection.ConnectAsync(target.BaseAddress, registered.Tokens[i], ConfigureClient, ct))));
        }
        log.Line($"{label}: {connections.Count} people connected; {sizes.Queries:N0} queries, {sizes.QueriesInFlight} in flight");

        var latencies = new ConcurrentBag<double>();
        var returned = new ConcurrentBag<int>();
        var errors = new ConcurrentDictionary<string, int>();
        var sample = string.Empty;
        var next = -1;
        var queryCpu = CpuWatch.Start(target.ProcessId);
        var clock = Stopwatch.StartNew();

        async Task WorkAsync()
        {
            int q;
            while ((q = Interlocked.Increment(ref next)) < sizes.Queries)
            {
                var connection = connections[q % connections.Count];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    var suggestions = await connection.GetSuggestions(sizes.SuggestionsPerQuery).WaitAsync(QueryWait, ct);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    returned.Add(suggestions.Length);
                    if (q == 0 && suggestions.Length > 0)
                    {
                        sample = $"score {suggestions[0].Score}: {string.Join("; ", suggestions[0].Reasons)}";
                    }
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    errors.AddOrUpdate(e is TimeoutException ? "timeout" : Retry.Describe(e), 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(sizes.QueriesInFlight, sizes.Queries)).Select(_ => Task.Run(WorkAsync, ct)));
        var seconds = clock.Elapsed.TotalSeconds;
        var queryUse = queryCpu.Stop();
        var latency = LatencySummary.Of([.. latencies]);
        var empty = returned.Count(n => n == 0);
        log.Line($"{label}: {latencies.Count:N0}/{sizes.Queries:N0} answered in {seconds:N1} s ({latencies.Count / seconds:N0}/s); " +
            $"p50 {latency.P50Ms} ms, p99 {latency.P99Ms} ms, max {latency.MaxMs} ms; server CPU {queryUse.ServerPercent}%");

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
        return new MatchmakingRunResult(
            target.Name, target.Description, sizes.Profiles, registered.Summary, loadUse, rss is { } r ? Math.Round(r / 1024.0 / 1024.0, 1) : null,
            directorySize, Math.Min(DirectoryChecks, sizes.Profiles), found,
            connections.Count, sizes.Queries, latencies.Count, sizes.QueriesInFlight, sizes.SuggestionsPerQuery,
            Math.Round(seconds, 2), Math.Round(latencies.Count / seconds, 0), latency, queryUse,
            returned.IsEmpty ? 0 : Math.Round(returned.Average(), 1), empty, new Dictionary<string, int>(errors), sample, notes);
    }

    /// <summary>
    /// The number of listed people, read through the public search (no count is exposed): the first empty page,
    /// found by doubling then halving the offset.
    /// </summary>
    private static async Task<int> DirectorySizeAsync(ForumApiClient reader, CancellationToken ct)
    {
        async Task<bool> HasAt(int skip) => (await reader.SearchDirectoryAsync(null, skip, 1, ct)).Length > 0;
        var high = 1;
        while (await HasAt(high))
        {
            high *= 2;
        }
        var low = high / 2;
        while (low + 1 < high)
        {
            var middle = low + (high - low) / 2;
            if (await HasAt(middle)) low = middle; else high = middle;
        }
        return await HasAt(0) ? low + 1 : 0;
    }

    private static void ConfigureClient(IHubConnectionBuilder builder) =>
        builder.WithServerTimeout(TimeSpan.FromMinutes(5)).WithKeepAliveInterval(TimeSpan.FromSeconds(15));
}
