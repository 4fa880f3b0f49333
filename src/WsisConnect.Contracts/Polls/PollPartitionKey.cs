namespace WsisConnect.Contracts.Polls;

/// <summary>Which partition of a poll holds a voter.</summary>
public readonly record struct PollPartitionKey(string PollId, int Partition)
{
    /// <summary>The partition of <paramref name="attendeeId"/> (a stable hash, the same on every node).</summary>
    public static PollPartitionKey For(string pollId, string attendeeId)
    {
        var hash = 2166136261u;
        foreach (var c in attendeeId)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return new PollPartitionKey(pollId, (int)(hash % PollLimits.Shards));
    }

    /// <summary>The grain key.</summary>
    public string ToGrainKey() => $"{PollId}#{Partition}";

    /// <summary>Reads a grain key.</summary>
    public static PollPartitionKey Parse(string key)
    {
        var hash = key.LastIndexOf('#');
        return new PollPartitionKey(key[..hash], int.Parse(key[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
