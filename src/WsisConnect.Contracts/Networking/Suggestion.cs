namespace WsisConnect.Contracts.Networking;

/// <summary>Someone worth meeting, with the score and the reasons, strongest first, as data the app words.</summary>
/// <remarks>
/// Member 2 (the reasons as English sentences) is retired, not reused: suggestions are computed on each request and
/// never stored, so nothing written with it remains to read.
/// </remarks>
[Wire("wsis.Suggestion")]
public sealed record Suggestion(
    [property: WireMember(0)] DirectoryEntry Person,
    [property: WireMember(1)] int Score,
    [property: WireMember(3)] MatchReason[] Reasons);
