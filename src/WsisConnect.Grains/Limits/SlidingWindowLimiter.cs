namespace WsisConnect.Grains.Limits;

/// <summary>
/// A sliding-window limit per key (a person), held in a grain's memory. It lives in memory: a limit that resets
/// when the grain is deactivated is still a limit, and persisting it would put a write on every action it guards.
/// Callers refuse with their own error code, so each limit says in its own words what was limited.
/// </summary>
public sealed class SlidingWindowLimiter(int maxPerWindow, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _times = new(StringComparer.Ordinal);

    /// <summary>How long until <paramref name="key"/> may act again; null when it may act now.</summary>
    public TimeSpan? RetryAfter(string key)
    {
        if (!_times.TryGetValue(key, out var times))
        {
            return null;
        }
        var now = time.GetUtcNow();
        while (times.Count > 0 && now - times.Peek() >= window)
        {
            times.Dequeue();
        }
        return times.Count >= maxPerWindow ? window - (now - times.Peek()) : null;
    }

    /// <summary>Counts an action of <paramref name="key"/> (one that was allowed and done).</summary>
    public void Record(string key)
    {
        if (!_times.TryGetValue(key, out var times))
        {
            _times[key] = times = new Queue<DateTimeOffset>();
        }
        times.Enqueue(time.GetUtcNow());
    }
}
