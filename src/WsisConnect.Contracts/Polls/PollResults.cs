namespace WsisConnect.Contracts.Polls;

/// <summary>A poll's counts at <paramref name="Version"/>.</summary>
/// <param name="Options">Choice and quiz polls: one entry per option; rating polls: one per value from RatingMin.</param>
/// <param name="Words">Word clouds: the 60 most given answers, most first.</param>
/// <param name="Entries">Open text: the answers, oldest first; participants get only the approved ones.</param>
[Wire("wsis.PollResults")]
public sealed record PollResults(
    [property: WireMember(0)] string PollId,
    [property: WireMember(1)] long Version,
    [property: WireMember(2)] int OnSiteVoters,
    [property: WireMember(3)] int RemoteVoters,
    [property: WireMember(4)] OptionCount[] Options,
    [property: WireMember(5)] WordCount[] Words,
    [property: WireMember(6)] TextEntry[] Entries)
{
    /// <summary>Everyone who voted.</summary>
    public int Voters => OnSiteVoters + RemoteVoters;
}
