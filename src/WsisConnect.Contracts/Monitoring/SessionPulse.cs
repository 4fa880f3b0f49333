namespace WsisConnect.Contracts.Monitoring;

/// <summary>One session on the operations dashboard.</summary>
/// <param name="PresentOnSite">People checked in on site.</param>
/// <param name="PresentRemote">People checked in remotely.</param>
/// <param name="Questions">Questions asked in the last minute.</param>
/// <param name="Votes">Poll votes cast in the last minute.</param>
[GenerateSerializer, Immutable, Alias("wsis.SessionPulse")]
public sealed record SessionPulse(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Room,
    [property: Id(3)] int PresentOnSite,
    [property: Id(4)] int PresentRemote,
    [property: Id(5)] int Questions,
    [property: Id(6)] int Votes);
