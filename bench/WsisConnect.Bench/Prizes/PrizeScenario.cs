using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Prizes;

namespace WsisConnect.Bench.Prizes;

/// <summary>
/// The WSIS Prizes vote: enough registered voters for the requested number of votes, each voting once in every
/// category for a random nominee, in a shuffled order, over a bounded pool of HTTP connections with each request
/// carrying its voter's token; then the organiser reads every category's totals and they must match exactly.
/// </summary>
public sealed class PrizeScenario(BenchOptions options, BenchLog log)
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    /// <summary>Runs the vote against <paramref name="target"/>.</summary>
    public async Task<PrizeRunResult> RunAsync(IBenchTarget target, CancellationToken ct)
    {
        var notes = new List<string>();
        using var http = BenchHttp.Create(target.BaseAddress, Math.Max(options.HttpConcurrency, options.RegisterConcurrency));
        var organiser = new ForumApiClient(http);
        await organiser.SignInAsync(options.OrganiserCode, ct);
        var categories = (await organiser.GetPrizesAsync(ct)).Categories;
        if (categories.Length == 0)
        {
            throw new InvalidOperationException("The server lists no prize categories.");
        }
        var nominees = categories.Sum(c => c.Nominees.Length);
        var votes = options.PrizeVotes;
        var voterCount = (votes + categories.Length - 1) / categories.Length;
        log.Line($"prizes: {categories.Length} categories, {nominees} nominees; registering {voterCount:N0} voters for {votes:N0} votes");

        var registered = await new VoterRegistrar(http, options.RegisterConcurrency, log).RegisterAsync(voterCount, "prizes", ct);
        log.Line($"prizes: registered in {registered.Summary.Seconds:N1} s ({registered.Summary.PerSecond:N0}/s)");

        var plan = VotePlan.Create(votes, voterCount, categories, options.Seed);
        var rssBefore = ProcessMetrics.ResidentBytes(target.ProcessId ?? -1);
        var counted = categories.Select(c => new long[c.Nominees.Length]).ToArray();
        var latencies = new double[votes];
        Array.Fill(latencies, double.NaN);
        var errors = new ConcurrentDictionary<string, int>();
        int next = -1, acked = 0, ackedOnRetry = 0, retries = 0, sent = 0;

        async Task SendOneAsync(int i)
        {
            var category = categories[plan.Category[i]];
            var nominee = plan.Nominee[i];
            var client = new ForumApiClient(http) { Token = registered.Tokens[plan.Voter[i]] };
            Interlocked.Increment(ref sent);
            for (var attempt = 1; ; attempt++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await client.VotePrizeAsync(category.Id, category.Nominees[nominee].Id, ct);
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Interlocked.Increment(ref counted[plan.Category[i]][nominee]);
                    Interlocked.Increment(ref acked);
                    return;
                }
                catch (ForumApiException e) when (attempt > 1 && e.Code == ErrorCodes.PrizeAlreadyVoted)
                {
                    // The earlier attempt was stored although its answer was lost: the same vote, counted once.
                    Interlocked.Increment(ref counted[plan.Category[i]][nominee]);
                    Interlocked.Increment(ref acked);
                    Interlocked.Increment(ref ackedOnRetry);
                    return;
                }
                catch (Exception e) when (attempt < MaxAttempts && Retry.IsTransient(e, ct))
                {
                    Interlocked.Increment(ref retries);
                    errors.AddOrUpdate("retried: " + Retry.Describe(e), 1, (_, n) => n + 1);
                    await Task.Delay(Retry.Backoff(attempt), ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    errors.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                    return;
                }
            }
        }

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < votes)
            {
                await SendOneAsync(i);
            }
        }

        log.Line($"prizes: sending {votes:N0} votes, {options.HttpConcurrency} at a time");
        var cpu = CpuWatch.Start(target.ProcessId);
        var clock = Stopwatch.StartNew();
        var timeline = new List<double>();
        var workers = Task.WhenAll(Enumerable.Range(0, options.HttpConcurrency).Select(_ => Task.Run(WorkAsync, ct)));
        var lastAcked = 0;
        while (await Task.WhenAny(workers, Task.Delay(ReportEvery, ct)) != workers)
        {
            ct.ThrowIfCancellationRequested();
            var now = Volatile.Read(ref acked);
            timeline.Add(Math.Round((now - lastAcked) / ReportEvery.TotalSeconds, 0));
            lastAcked = now;
            log.Line($"  prizes: {now:N0}/{votes:N0} acknowledged, {timeline[^1]:N0}/s now, {now / clock.Elapsed.TotalSeconds:N0}/s overall, {Volatile.Read(ref retries)} retries");
        }
        await workers;
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuUse = cpu.Stop();
        var rssAfter = ProcessMetrics.ResidentBytes(target.ProcessId ?? -1);
        log.Line($"prizes: {acked:N0}/{votes:N0} acknowledged in {seconds:N1} s ({acked / seconds:N0}/s); reading the totals as the organiser");

        var checks = new List<CategoryCheck>();
        for (var c = 0; c < categories.Length; c++)
        {
            var results = await organiser.GetPrizeResultsAsync(categories[c].Id, ct);
            var byNominee = results.Nominees.ToDictionary(n => n.NomineeId, n => n.Votes, StringComparer.Ordinal);
            var nomineesMatch = categories[c].Nominees.Select((n, k) => byNominee.GetValueOrDefault(n.Id) == counted[c][k]).All(m => m)
                && byNominee.Keys.All(id => categories[c].Nominees.Any(n => n.Id == id));
            checks.Add(new CategoryCheck(categories[c].Id, counted[c].Sum(), results.Votes, nomineesMatch));
        }
        var exact = acked == votes && checks.All(c => c.Exact);
        log.Line($"prizes: totals {(exact ? "exact" : "NOT exact")} in {checks.Count(c => c.Exact)}/{checks.Count} categories");

        return new PrizeRunResult(
            target.Name, target.Description, categories.Length, nominees, votes, registered.Summary,
            sent, acked, ackedOnRetry, retries, new Dictionary<string, int>(errors),
            Math.Round(seconds, 1), Math.Round(acked / seconds, 0),
            LatencySummary.Of([.. latencies.Where(l => !double.IsNaN(l))]), cpuUse, timeline,
            rssBefore is { } b ? Math.Round(b / 1048576.0, 1) : null, rssAfter is { } a ? Math.Round(a / 1048576.0, 1) : null,
            checks, exact, notes);
    }
}
