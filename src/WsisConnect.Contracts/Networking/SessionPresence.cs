namespace WsisConnect.Contracts.Networking;

/// <summary>Who is in a session: counts on site and remote, and those who chose to be visible.</summary>
/// <param name="CheckedIn">Whether the caller is checked in (false in pushes, which go to everyone).</param>
/// <param name="Version">Grows with every change, across restarts and nodes: a client keeps the highest it has seen.</param>
[Wire("wsis.SessionPresence")]
public sealed record SessionPresence(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] int OnSite,
    [property: WireMember(2)] int Remote,
    [property: WireMember(3)] PresentPerson[] Visible,
    [property: WireMember(4)] bool CheckedIn,
    [property: WireMember(5)] long Version);
