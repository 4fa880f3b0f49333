namespace WsisConnect.Contracts.Polls;

/// <summary>A poll as one person sees it: results only when visible to them, and their own ballot.</summary>
/// <param name="MyQuizPoints">Quiz: the points the person's answer earned (0 when wrong), once the quiz has closed; null before.</param>
[Wire("wsis.PollView")]
public sealed record PollView(
    [property: WireMember(0)] PollDetails Poll,
    [property: WireMember(1)] PollResults? Results,
    [property: WireMember(2)] Ballot? MyBallot,
    [property: WireMember(3)] int? MyQuizPoints = null);
