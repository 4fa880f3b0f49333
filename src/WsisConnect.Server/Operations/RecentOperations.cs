using System.Collections.Concurrent;
using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Operations;

/// <summary>
/// The outcomes of this node's recent operations, by operation key, so that a retry reaching the same node (the
/// client's connection dropped before the answer arrived) gets exactly the first outcome, refusals included, and a
/// retry that arrives while the first attempt still runs waits for it instead of running twice. Bounded: entries
/// live <see cref="Lifetime"/> and at most <see cref="Capacity"/> are kept. A retry that reaches another node (this
/// one died) is answered by the grains, which store operation keys with what they create.
/// </summary>
public sealed class RecentOperations(TimeProvider time, int capacity = RecentOperations.Capacity)
{
    /// <summary>How long an outcome is kept: longer than any client waits to reconnect and retry.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most outcomes kept; about 200 bytes each without the result, which is shared with the caller.</summary>
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // Every entry in the order it arrived, so pruning takes the oldest from the front and stops at the first one
    // still young: it costs what it removes. Sorting and scanning all 200,000 entries once a second (taking every
    // lock of the dictionary to copy its values) was 2% of a node's CPU during the prize vote.
    private readonly ConcurrentQueue<(string Key, Entry Entry)> _arrivals = new();
    // The queue's length, kept here: ConcurrentQueue.Count walks its segments, and is read on every call.
    private int _queued;
    private long _nextPrune;

    /// <summary>How many outcomes are held now.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Runs <paramref name="run"/> once per <paramref name="key"/> and hands every later call with the same key the
    /// same outcome. An outcome that is not a refusal (the store or a node was unavailable, a fault) is forgotten, so
    /// a retry tries again: only a definite answer is worth repeating.
    /// </summary>
    public async Task<T> RunOnceAsync<T>(string key, Func<Task<T>> run)
    {
        Prune();
        var mine = new Entry(new Lazy<Task<object?>>(async () => await run()), time.GetTimestamp());
        var entry = _entries.GetOrAdd(key, mine);
        if (ReferenceEquals(entry, mine))
        {
            _arrivals.Enqueue((key, mine));
            Interlocked.Increment(ref _queued);
        }
        try
        {
            return (T)(await entry.Outcome.Value)!;
        }
        catch (Exception ex) when (!IsDefinite(ex))
        {
            Forget(key, entry);
            throw;
        }
    }

    private static bool IsDefinite(Exception ex) => ex is ForumException refusal && !ErrorCodes.IsRetryable(refusal.Code);

    /// <summary>
    /// Once a second, or at once when more than <c>capacity</c> arrived: forgets outcomes older than
    /// <see cref="Lifetime"/>, and the oldest beyond the capacity. One caller prunes at a time; the others go on.
    /// </summary>
    private void Prune()
    {
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextPrune);
        if ((now < next && Volatile.Read(ref _queued) <= capacity) || Interlocked.CompareExchange(ref _nextPrune, now + time.TimestampFrequency, next) != next)
        {
            return;
        }
        // The queue holds every entry still kept (and some already forgotten after a failure), so bounding it
        // bounds the dictionary. Over capacity, down to three quarters of it, so the next prune is not at once.
        var keep = Volatile.Read(ref _queued) > capacity ? capacity * 3 / 4 : capacity;
        while (_arrivals.TryPeek(out var oldest)
               && (Volatile.Read(ref _queued) > keep || time.GetElapsedTime(oldest.Entry.Started, now) > Lifetime)
               && _arrivals.TryDequeue(out oldest))
        {
            Interlocked.Decrement(ref _queued);
            Forget(oldest.Key, oldest.Entry);
        }
    }

    private void Forget(string key, Entry entry) => _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));

    private sealed record Entry(Lazy<Task<object?>> Outcome, long Started);
}
