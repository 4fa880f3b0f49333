using System.Collections.Concurrent;

namespace WsisConnect.Chaos;

/// <summary>
/// Every write the server acknowledged during a chaos run, and every write whose outcome stayed unknown (the SDK gave
/// up retrying): what the store must hold afterwards is exactly the first, plus at most each of the second once.
/// </summary>
public sealed class AcknowledgedWrites
{
    /// <summary>Question text → the id the server gave it.</summary>
    public ConcurrentDictionary<string, int> Questions { get; } = new(StringComparer.Ordinal);

    /// <summary>Question id → the people whose upvote was acknowledged.</summary>
    public ConcurrentDictionary<int, ConcurrentDictionary<string, byte>> Upvotes { get; } = new();

    /// <summary>Poll id → voter → the option of their last acknowledged ballot.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, int>> Ballots { get; } = new(StringComparer.Ordinal);

    /// <summary>Conversation (pair key) → the texts of acknowledged messages.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<string>> Messages { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes that failed after every retry, described.</summary>
    public ConcurrentBag<string> Unknown { get; } = [];

    /// <summary>Writes refused outright (a refusal is a definite answer, but none is expected here).</summary>
    public ConcurrentBag<string> Refused { get; } = [];

    /// <summary>When each write started and ended, from the start of the load, and whether it was acknowledged.</summary>
    public ConcurrentBag<WriteTiming> Timings { get; } = [];

    private int _count;

    /// <summary>How many writes were acknowledged.</summary>
    public int Count => _count;

    /// <summary>Counts one acknowledged write.</summary>
    public void Acknowledge() => Interlocked.Increment(ref _count);
}

/// <summary>One write of one person: when it started and ended after the load began, and whether it was acknowledged.</summary>
public sealed record WriteTiming(int Person, TimeSpan Start, TimeSpan End, bool Acknowledged);
