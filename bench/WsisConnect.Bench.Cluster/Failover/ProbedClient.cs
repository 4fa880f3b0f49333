using System.Collections.Concurrent;
using System.Diagnostics;
using WsisConnect.Client.Live;

namespace WsisConnect.Bench.Cluster.Failover;

/// <summary>
/// One connected person through the load balancer, toggling an upvote on their own question in their own session
/// every 250 ms (so each touches a question-queue grain that may live on any node), and recording every call.
/// </summary>
internal sealed class ProbedClient(LiveConnection live, string session, int questionId, Stopwatch clock) : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>A call: when it started and ended (on the shared clock) and whether the server answered.</summary>
    public sealed record Call(TimeSpan Start, TimeSpan End, bool Ok);

    private CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private bool _upvoted;

    public LiveConnection Live { get; private set; } = live;

    public ConcurrentQueue<Call> Calls { get; } = new();

    public ConcurrentQueue<TimeSpan> ConnectionLost { get; } = new();

    /// <summary>Why calls failed, by exception type and message, to say what a disruption looked like.</summary>
    public ConcurrentDictionary<string, int> Errors { get; } = new();

    public ConcurrentQueue<TimeSpan> Reconnected { get; } = new();

    public void Start()
    {
        Live.Connection.Reconnecting += _ => { ConnectionLost.Enqueue(clock.Elapsed); return Task.CompletedTask; };
        Live.Connection.Reconnected += _ => { Reconnected.Enqueue(clock.Elapsed); return Task.CompletedTask; };
        _loop = LoopAsync(_stop.Token);
    }

    /// <summary>Replaces the connection (after a restart, to spread clients over every node again).</summary>
    public async Task ReplaceAsync(LiveConnection fresh)
    {
        await StopAsync();
        await Live.DisposeAsync();
        Live = fresh;
        Start();
    }

    private async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
        _stop = new CancellationTokenSource();
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var start = clock.Elapsed;
            var ok = false;
            try
            {
                var call = _upvoted ? Live.WithdrawUpvote(session, questionId) : Live.Upvote(session, questionId);
                // A call that hangs counts as failing from the moment it started; it is abandoned after 15 s.
                await call.WaitAsync(TimeSpan.FromSeconds(15), ct);
                _upvoted = !_upvoted;
                ok = true;
            }
            catch (LiveHubException ex) when (ex.Code.StartsWith("question.", StringComparison.Ordinal))
            {
                // Answered by the grain (say, already upvoted after a retried call): service was there.
                _upvoted = !_upvoted;
                ok = true;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                var message = ex.Message.Length > 160 ? ex.Message[..160] : ex.Message;
                Errors.AddOrUpdate($"{ex.GetType().Name}: {message}", 1, (_, n) => n + 1);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Calls.Enqueue(new Call(start, clock.Elapsed, ok));
            var rest = Interval - (clock.Elapsed - start);
            if (rest > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(rest, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Live.DisposeAsync();
    }
}
