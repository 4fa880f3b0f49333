namespace WsisConnect.Contracts.Polls;

/// <summary>A poll as one person sees it: results only when visible to them, and their own ballot.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PollView")]
public sealed record PollView(
    [property: Id(0)] PollDetails Poll,
    [property: Id(1)] PollResults? Results,
    [property: Id(2)] Ballot? MyBallot);
