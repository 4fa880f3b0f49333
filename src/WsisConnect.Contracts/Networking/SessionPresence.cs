namespace WsisConnect.Contracts.Networking;

/// <summary>Who is in a session: counts on site and remote, and those who chose to be visible.</summary>
/// <param name="CheckedIn">Whether the caller is checked in (false in pushes, which go to everyone).</param>
/// <param name="Version">Grows with every change, across restarts and nodes: a client keeps the highest it has seen.</param>
[GenerateSerializer, Immutable, Alias("wsis.SessionPresence")]
public sealed record SessionPresence(
    [property: Id(0)] string SessionId,
    [property: Id(1)] int OnSite,
    [property: Id(2)] int Remote,
    [property: Id(3)] PresentPerson[] Visible,
    [property: Id(4)] bool CheckedIn,
    [property: Id(5)] long Version);
