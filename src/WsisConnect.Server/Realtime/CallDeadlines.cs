using System.Collections.Concurrent;

namespace WsisConnect.Server.Realtime;

/// <summary>
/// Deadlines shared by hub calls: every call due within the same quarter of a second waits on one timer.
/// <c>Task.WaitAsync(timeout)</c> makes a timer per call, and creating and cancelling thousands of timers a second
/// contends on the runtime's timer queue lock: a CPU profile of a node while 10,000 people voted put 3.5% of its
/// CPU in that lock. A deadline may fire up to a quarter of a second late, which no caller can tell.
/// </summary>
public sealed class CallDeadlines(TimeProvider time)
{
    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<long, Task> _due = new();

    /// <summary>A task that completes once <paramref name="delay"/> has passed (within <see cref="Resolution"/>).</summary>
    public Task After(TimeSpan delay)
    {
        var slot = (long)Math.Ceiling((time.GetUtcNow() + delay).ToUnixTimeMilliseconds() / Resolution.TotalMilliseconds);
        return _due.TryGetValue(slot, out var shared) ? shared : _due.GetOrAdd(slot, Start);
    }

    private Task Start(long slot)
    {
        var wait = DateTimeOffset.FromUnixTimeMilliseconds((long)(slot * Resolution.TotalMilliseconds)) - time.GetUtcNow();
        var due = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time);
        _ = due.ContinueWith(static (done, state) =>
        {
            var (deadlines, slot) = ((CallDeadlines, long))state!;
            deadlines._due.TryRemove(new KeyValuePair<long, Task>(slot, done));
        }, (this, slot), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return due;
    }
}
