using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Bench.Registration;
using WsisConnect.Client.Http;
using WsisConnect.Contracts.Identity;

namespace WsisConnect.Bench.Networking;

/// <summary>
/// Registers people through <c>POST /api/auth/register</c> a bounded number at a time, as the poll scenario's
/// registrar does, but keeps each person's attendee id (contacts need it) and can run a follow-up call as the new
/// person (the matchmaking scenario's <c>PUT /api/me/profile</c>) in the same worker.
/// </summary>
public sealed class PeopleRegistrar(HttpClient http, int concurrency, BenchLog log)
{
    private const int MaxAttempts = 8;
    private static readonly string[] Countries = ["KE", "CH", "BR", "IN", "FR", "JP", "EG", "US", "ID", "DE", "NG", "AR", "SN", "VN", "MX", "RW"];
    private static readonly string[] Organisations = ["Ministry of ICT", "Open Networks Lab", "University of Geneva", "Digital Rights Watch", "ITU", "Telco Alliance", "UNESCO", "Smart Villages NGO"];
    private static readonly string[] Languages = ["en", "fr", "es", "ar", "zh", "ru"];

    /// <summary>
    /// Registers <paramref name="count"/> people named <c>{prefix} {index}</c>, then runs <paramref name="then"/> as each;
    /// throws when one cannot be done after retries.
    /// </summary>
    public async Task<RegisteredPeople> RegisterAsync(
        int count, string prefix, Func<int, ForumApiClient, CancellationToken, Task>? then, string label, CancellationToken ct)
    {
        var ids = new string[count];
        var tokens = new string[count];
        var next = -1;
        var done = 0;
        var retries = 0;
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        using var progress = new CancellationTokenSource();
        var reporter = ReportAsync(progress.Token);

        async Task<T> RetryingAsync<T>(Func<Task<T>> call)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await call();
                }
                catch (Exception e) when (attempt < MaxAttempts && Retry.IsTransient(e, ct))
                {
                    Interlocked.Increment(ref retries);
                    failures.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                    await Task.Delay(Retry.Backoff(attempt), ct);
                }
            }
        }

        async Task WorkAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var api = new ForumApiClient(http);
                var result = await RetryingAsync(() => api.RegisterAsync(
                    $"{prefix} {i:D6}", Organisations[i % Organisations.Length], Countries[i / 7 % Countries.Length],
                    (StakeholderType)(i % 6), Languages[i % Languages.Length], ct));
                ids[i] = result.Profile.Id;
                tokens[i] = result.Token;
                if (then is not null)
                {
                    // A retried PUT replaces the profile with the same one: repeating it is harmless.
                    await RetryingAsync(async () =>
                    {
                        await then(i, api, ct);
                        return true;
                    });
                }
                Interlocked.Increment(ref done);
            }
        }

        async Task ReportAsync(CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), stop);
                    var n = Volatile.Read(ref done);
                    log.Line($"  {label}: {n:N0}/{count:N0} done ({n / clock.Elapsed.TotalSeconds:N0}/s, {Volatile.Read(ref retries)} retries)");
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
        return new RegisteredPeople(ids, tokens, new RegistrationSummary(count, Math.Round(elapsed.TotalSeconds, 2),
            Math.Round(count / elapsed.TotalSeconds, 0), retries, new Dictionary<string, int>(failures)));
    }
}
