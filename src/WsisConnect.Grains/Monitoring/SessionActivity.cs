using System.Collections.Concurrent;
using WsisConnect.Contracts.Monitoring;

namespace WsisConnect.Grains.Monitoring;

/// <summary>
/// Questions and votes per session on this node since the last report, counted by the grains where they are stored
/// and drained once a second by the node's reporter. A session's counter is allocated once per report interval; a
/// vote after that is an interlocked increment.
/// </summary>
public sealed class SessionActivity
{
    private ConcurrentDictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts a question asked in <paramref name="sessionId"/>.</summary>
    public void Asked(string sessionId) => Interlocked.Increment(ref For(sessionId).Questions);

    /// <summary>Counts a poll vote cast in <paramref name="sessionId"/>.</summary>
    public void Voted(string sessionId) => Interlocked.Increment(ref For(sessionId).Votes);

    /// <summary>What was counted since the last call, and a fresh start.</summary>
    public SessionActivityCount[] Drain()
    {
        var drained = Interlocked.Exchange(ref _counts, new ConcurrentDictionary<string, Counts>(StringComparer.Ordinal));
        return [.. drained.Select(c => new SessionActivityCount(c.Key, Volatile.Read(ref c.Value.Questions), Volatile.Read(ref c.Value.Votes)))];
    }

    private Counts For(string sessionId) => _counts.GetOrAdd(sessionId, static _ => new Counts());

    private sealed class Counts
    {
        public int Questions;
        public int Votes;
    }
}
