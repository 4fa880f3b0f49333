namespace WsisConnect.Contracts.Polls;

/// <summary>A poll as one person sees it: results only when visible to them, and their own ballot.</summary>
/// <param name="MyQuizPoints">Quiz: the points the person's answer earned (0 when wrong), once the quiz has closed; null before.</param>
[GenerateSerializer, Immutable, Alias("wsis.PollView")]
public sealed record PollView(
    [property: Id(0)] PollDetails Poll,
    [property: Id(1)] PollResults? Results,
    [property: Id(2)] Ballot? MyBallot,
    [property: Id(3)] int? MyQuizPoints = null);
