using System.Diagnostics;
using StackExchange.Redis;

namespace WsisConnect.Grains.Storage;

/// <summary>
/// Group commit for a hot hash: writes queued while one HSET is in flight go out together in the next, and each
/// caller's task completes only when the command holding its field has been stored. Under light load a write
/// goes out at once; under a burst of thousands of votes one command carries hundreds. Used from a reentrant
/// grain, so the queue is only ever touched on the grain's own scheduler.
/// </summary>
/// <param name="metrics">Where each batch's size and time are recorded, under <paramref name="batch"/>; none in tests and benchmarks.</param>
public sealed class BatchedHashWriter(IDatabase db, RedisKey key, StoreMetrics? metrics = null, string batch = "")
{
    private List<HashEntry> _pending = [];
    private TaskCompletionSource? _pendingDone;
    private bool _flushing;
    private Task _lastBatch = Task.CompletedTask;

    /// <summary>How many commands have been sent, for tests and benchmarks of the batching.</summary>
    public long Commands { get; private set; }

    /// <summary>Queues a field and completes once it is stored.</summary>
    public Task WriteAsync(RedisValue field, RedisValue value)
    {
        _pending.Add(new HashEntry(field, value));
        _pendingDone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = _pendingDone.Task;
        if (!_flushing)
        {
            _ = FlushAsync();
        }
        return done;
    }

    /// <summary>
    /// Completes when everything queued so far is stored or has failed. Never throws: a failed batch was reported
    /// to its writers, whatever the exception (a timeout is not a RedisException), and must not fail every later
    /// caller that only waits for the queue to drain.
    /// </summary>
    public async Task WhenFlushedAsync() =>
        // Stay on the grain's scheduler (ContinueOnCapturedContext) while ignoring the batch's outcome.
        await (_pendingDone?.Task ?? _lastBatch).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);

    private async Task FlushAsync()
    {
        _flushing = true;
        try
        {
            while (_pending.Count > 0)
            {
                var entries = _pending;
                var done = _pendingDone!;
                _pending = [];
                _pendingDone = null;
                _lastBatch = done.Task;
                try
                {
                    Commands++;
                    var started = Stopwatch.GetTimestamp();
                    await db.HashSetAsync(key, [.. entries]);
                    metrics?.Stored(batch, entries.Count, started);
                    done.SetResult();
                }
                catch (Exception ex)
                {
                    // Every failure goes to this batch's writers only; the next batch starts afresh.
                    done.SetException(ex);
                }
            }
        }
        finally
        {
            _flushing = false;
        }
    }
}
