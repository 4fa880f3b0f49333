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
    // ConcurrentDictionary.Count takes every lock of the dictionary; read on every write it cost 2% of a node's CPU
    // while 10,000 people voted. This count follows adds and removes instead.
    private int _held;

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
            Interlocked.Increment(ref _held);
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

    private void Prune()
    {
        var now = time.GetTimestamp();
        var next = Interlocked.Read(ref _nextPrune);
        if ((now < next && Volatile.Read(ref _held) < Capacity) || Interlocked.CompareExchange(ref _nextPrune, now + time.TimestampFrequency, next) != next)
        {
            return;
        }
        var oldest = _entries.Count >= Capacity
            ? _entries.Values.Select(e => e.Started).Order().ElementAt(_entries.Count - Capacity * 3 / 4 - 1)
            : long.MinValue;
        foreach (var (key, entry) in _entries)
        {
            if (time.GetElapsedTime(entry.Started, now) > Lifetime || entry.Started <= oldest)
            {
                Forget(key, entry);
            }
        }
    }

    private void Forget(string key, Entry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
        {
            Interlocked.Decrement(ref _held);
        }
    }

    private sealed record Entry(Lazy<Task<object?>> Outcome, long Started);
}
