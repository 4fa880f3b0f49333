using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Bench.Measurement;
using WsisConnect.Bench.Registration;
using WsisConnect.Bench.Targets;
using WsisConnect.Client.Live;

namespace WsisConnect.Bench.Polls;

public sealed partial class PollScenario
{
    private const int ConnectAttempts = 3;

    /// <summary>Connects every voter and joins the session, <see cref="BenchOptions.ConnectBatch"/> at a time.</summary>
    private async Task<(double Seconds, IReadOnlyDictionary<string, int> Failures)> ConnectAsync(
        IBenchTarget target, PollVoter[] voters, string pollId, ConnectionEvents events, string label, CancellationToken ct)
    {
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        for (var start = 0; start < voters.Length; start += options.ConnectBatch)
        {
            var batch = voters.AsSpan(start, Math.Min(options.ConnectBatch, voters.Length - start)).ToArray();
            await Task.WhenAll(batch.Select(v => ConnectOneAsync(target.VoterAddress(v.Index), v, pollId, events, failures, ct)));
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(5))
            {
                lastReport = clock.Elapsed;
                log.Line($"  {label}: connected {start + batch.Length:N0}/{voters.Length:N0}");
            }
        }
        return (Math.Round(clock.Elapsed.TotalSeconds, 2), new Dictionary<string, int>(failures));
    }

    private async Task ConnectOneAsync(Uri server, PollVoter voter, string pollId, ConnectionEvents events, ConcurrentDictionary<string, int> failures, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= ConnectAttempts; attempt++)
        {
            LiveConnection? connection = null;
            try
            {
                connection = await LiveConnection.ConnectAsync(server, voter.Token, ConfigureClient, ct);
                voter.Attach(connection, pollId, events);
                await connection.JoinAsync(options.SessionId, ct);
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failures.AddOrUpdate(Retry.Describe(e), 1, (_, n) => n + 1);
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
                voter.Detach();
                if (attempt < ConnectAttempts)
                {
                    await Task.Delay(Retry.Backoff(attempt + 2), ct);
                }
            }
        }
    }

    /// <summary>Closes every connection, a batch at a time so the teardown does not flood either side.</summary>
    private static async Task DisconnectAsync(PollVoter[] voters)
    {
        foreach (var batch in voters.Chunk(500))
        {
            await Task.WhenAll(batch.Select(async v =>
            {
                try
                {
                    await v.Connection!.DisposeAsync();
                }
                catch (Exception)
                {
                    // Teardown after the measurement: a connection the server already dropped is no news.
                }
            }));
        }
    }
}
