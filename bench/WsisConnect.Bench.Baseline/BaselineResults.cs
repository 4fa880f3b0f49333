namespace WsisConnect.Bench.Baseline;

/// <summary>A poll's counts in WsisConnect's <c>PollResults</c> shape (every voter counted as remote).</summary>
public sealed record BaselineResults(
    string PollId,
    long Version,
    int OnSiteVoters,
    int RemoteVoters,
    BaselineOptionCount[] Options,
    string[] Words,
    string[] Entries)
{
    /// <summary>Everyone who voted.</summary>
    public int Voters => OnSiteVoters + RemoteVoters;
}
