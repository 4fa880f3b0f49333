namespace WsisConnect.Contracts.Networking;

/// <summary>Someone worth meeting, with the score and the reasons in words.</summary>
[GenerateSerializer, Immutable, Alias("wsis.Suggestion")]
public sealed record Suggestion(
    [property: Id(0)] DirectoryEntry Person,
    [property: Id(1)] int Score,
    [property: Id(2)] string[] Reasons);
