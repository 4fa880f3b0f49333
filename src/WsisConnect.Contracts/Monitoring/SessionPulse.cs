namespace WsisConnect.Contracts.Monitoring;

/// <summary>One session on the operations dashboard.</summary>
/// <param name="PresentOnSite">People checked in on site.</param>
/// <param name="PresentRemote">People checked in remotely.</param>
/// <param name="Questions">Questions asked in the last minute.</param>
/// <param name="Votes">Poll votes cast in the last minute.</param>
[Wire("wsis.SessionPulse")]
public sealed record SessionPulse(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] string Title,
    [property: WireMember(2)] string Room,
    [property: WireMember(3)] int PresentOnSite,
    [property: WireMember(4)] int PresentRemote,
    [property: WireMember(5)] int Questions,
    [property: WireMember(6)] int Votes);
