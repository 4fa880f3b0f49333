using System.Collections.Concurrent;
using System.Text.Json;

namespace WsisConnect.Bench.Baseline;

/// <summary>One poll's state, in memory only: counts by Interlocked, voters in a concurrent set.</summary>
public sealed class BaselinePoll(string id, string sessionId, JsonElement definition, int optionCount)
{
    private readonly int[] _counts = new int[optionCount];
    private readonly ConcurrentDictionary<string, byte> _voters = new(StringComparer.Ordinal);
    private long _version;
    private volatile string _status = "Draft";
    private DateTimeOffset? _openedAt;
    private DateTimeOffset? _closedAt;

    public string Id { get; } = id;

    public string SessionId { get; } = sessionId;

    public int OptionCount { get; } = optionCount;

    public string Status => _status;

    /// <summary>Rises with every counted vote; the publisher sends results when it moved.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Open()
    {
        _openedAt ??= DateTimeOffset.UtcNow;
        _status = "Open";
    }

    public void Close()
    {
        _closedAt ??= DateTimeOffset.UtcNow;
        _status = "Closed";
    }

    /// <summary>Counts the vote unless <paramref name="voter"/> has voted already.</summary>
    public bool TryVote(string voter, int option)
    {
        if (!_voters.TryAdd(voter, 0))
        {
            return false;
        }
        Interlocked.Increment(ref _counts[option]);
        Interlocked.Increment(ref _version);
        return true;
    }

    /// <summary>The counts now; the version is read first, so a vote landing meanwhile moves it past this copy.</summary>
    public BaselineResults Results()
    {
        var version = Version;
        var options = new BaselineOptionCount[_counts.Length];
        var voters = 0;
        for (var i = 0; i < options.Length; i++)
        {
            var count = Volatile.Read(ref _counts[i]);
            options[i] = new BaselineOptionCount(0, count);
            voters += count;
        }
        return new BaselineResults(Id, version, 0, voters, options, [], []);
    }

    public BaselinePollDetails Details() => new(Id, SessionId, definition, _status, _openedAt, _closedAt, false);
}
