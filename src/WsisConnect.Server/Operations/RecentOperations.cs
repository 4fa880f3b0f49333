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
public sealed class RecentOperations(TimeProvider time)
{
    /// <summary>How long an outcome is kept: longer than any client waits to reconnect and retry.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most outcomes kept; about 200 bytes each without the result, which is shared with the caller.</summary>
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _nextPrune;

    // Kept beside the dictionary because ConcurrentDictionary.Count takes every one of its locks, 1,024 once it holds
    // a few thousand entries, and every write request asks whether it is full: that doubled the CPU of a prize vote.
    private int _count;

    /// <summary>How many outcomes are held now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Runs <paramref name="run"/> once per <paramref name="key"/> and hands every later call with the same key the
    /// same outcome. An outcome that is not a refusal (the store or a node was unavailable, a fault) is forgotten, so
    /// a retry tries again: only a definite answer is worth repeating.
    /// </summary>
    public async Task<T> RunOnceAsync<T>(string key, Func<Task<T>> run)
    {
        Prune();
        var mine = new Entry(new Lazy<Task<object?>>(async () => await run()), time.GetTimestamp());
        Entry? entry;
        while (!_entries.TryGetValue(key, out entry))
        {
            if (_entries.TryAdd(key, mine))
            {
                Interlocked.Increment(ref _count);
                entry = mine;
                break;
            }
        }
        try
        {
            return (T)(await entry.Outcome.Value)!;
        }
        catch (Exception ex) when (!IsDefinite(ex))
        {
            Remove(key, entry);
            throw;
        }
    }

    private static bool IsDefinite(Exception ex) => ex is ForumException refusal && !ErrorCodes.IsRetryable(refusal.Code);

    private void Prune()
    {
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextPrune);
        if ((now < next && Count < Capacity) || Interlocked.CompareExchange(ref _nextPrune, now + time.TimestampFrequency, next) != next)
        {
            return;
        }
        var oldest = long.MinValue;
        if (Count >= Capacity)
        {
            // Full: the oldest quarter goes, whatever its age.
            var started = _entries.Values.Select(e => e.Started).Order().ToArray();
            var cut = started.Length - Capacity * 3 / 4 - 1;
            oldest = cut >= 0 ? started[cut] : long.MinValue;
        }
        foreach (var (key, entry) in _entries)
        {
            if (time.GetElapsedTime(entry.Started, now) > Lifetime || entry.Started <= oldest)
            {
                Remove(key, entry);
            }
        }
    }

    private void Remove(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private sealed record Entry(Lazy<Task<object?>> Outcome, long Started);
}
