namespace WsisConnect.Contracts.Networking;

/// <summary>The key of two people's pair grain and conversation: their ids in ordinal order.</summary>
public readonly record struct ContactPairKey(string First, string Second)
{
    /// <summary>The key for two people, whichever comes first.</summary>
    public static ContactPairKey Of(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? new ContactPairKey(a, b) : new ContactPairKey(b, a);

    /// <summary>The grain key.</summary>
    public string ToGrainKey() => $"{First}|{Second}";

    /// <summary>Reads a grain key.</summary>
    public static ContactPairKey Parse(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return new ContactPairKey(key[..bar], key[(bar + 1)..]);
    }

    /// <summary>The other person of the pair.</summary>
    public string Other(string attendeeId) => attendeeId == First ? Second : First;
}
