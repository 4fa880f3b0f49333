using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Bench.Registration;

/// <summary>
/// Registers remote participants through <c>POST /api/auth/register</c> (the SDK's <see cref="ForumApiClient.RegisterAsync"/>),
/// a bounded number at a time, retrying what fails transiently. Each voter keeps the token it was given.
/// </summary>
public sealed class VoterRegistrar(HttpClient http, int concurrency, BenchLog log)
{
    private const int MaxAttempts = 8;
    private static readonly string[] Countries = ["KE", "CH", "BR", "IN", "FR", "JP", "EG", "US", "ID", "DE", "NG", "AR"];
    private static readonly string[] Languages = ["en", "fr", "es", "ar", "zh", "ru"];

    /// <summary>Registers <paramref name="count"/> people; throws when one cannot be registered after retries.</summary>
    public async Task<RegisteredVoters> RegisterAsync(int count, string label, CancellationToken ct)
    {
        var tokens = new string[count];
        var next = -1;
        var done = 0;
        var retries = 0;
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        using var progress = new CancellationTokenSource();
        var reporter = ReportAsync(progress.Token);

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        var result = await new ForumApiClient(http).RegisterAsync(
                            $"Bench voter {i:D6}", "WsisConnect load test", Countries[i % Countries.Length],
                            (StakeholderType)(i % 6), Languages[i % Languages.Length], ct);
                        tokens[i] = result.Token;
                        Interlocked.Increment(ref done);
                        break;
                    }
                    catch (Exception e) when (attempt < MaxAttempts && Retry.IsTransient(e, ct))
                    {
                        Interlocked.Increment(ref retries);
                        failures.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                        await Task.Delay(Retry.Backoff(attempt), ct);
                    }
                }
            }
        }

        async Task ReportAsync(CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stop);
                    var n = Volatile.Read(ref done);
                    log.Line($"  {label}: registered {n:N0}/{count:N0} ({n / clock.Elapsed.TotalSeconds:N0}/s, {Volatile.Read(ref retries)} retries)");
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(WorkAsync, ct)));
        }
        finally
        {
            await progress.CancelAsync();
            await reporter;
        }
        var elapsed = clock.Elapsed;
        return new RegisteredVoters(tokens, new RegistrationSummary(count, Math.Round(elapsed.TotalSeconds, 2),
            Math.Round(count / elapsed.TotalSeconds, 0), retries, new Dictionary<string, int>(failures)));
    }
}
