namespace WsisConnect.Contracts.Networking;

/// <summary>Someone worth meeting, with the score and the reasons in words.</summary>
[Wire("wsis.Suggestion")]
public sealed record Suggestion(
    [property: WireMember(0)] DirectoryEntry Person,
    [property: WireMember(1)] int Score,
    [property: WireMember(2)] string[] Reasons);
