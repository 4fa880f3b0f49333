namespace WsisConnect.Contracts.Polls;

/// <summary>A poll of a session.</summary>
/// <param name="Id">The poll's id, <c>{sessionId}.p{n}</c>.</param>
/// <param name="Definition">What was prepared; for participants the quiz answer is hidden until the poll closes.</param>
/// <param name="ResultsShown">A moderator showed the results on the room screen before the poll closed.</param>
[Wire("wsis.PollDetails")]
public sealed record PollDetails(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string SessionId,
    [property: WireMember(2)] PollDraft Definition,
    [property: WireMember(3)] PollStatus Status,
    [property: WireMember(4)] DateTimeOffset? OpenedAt,
    [property: WireMember(5)] DateTimeOffset? ClosedAt,
    [property: WireMember(6)] bool ResultsShown)
{
    /// <summary>Whether participants may see results now.</summary>
    public bool ResultsVisible => Status == PollStatus.Closed || ResultsShown || Definition.Visibility == ResultsVisibility.Live;

    /// <summary>When a quiz stops taking answers.</summary>
    public DateTimeOffset? Deadline => Definition.Kind == PollKind.Quiz && OpenedAt is { } opened
        ? opened.AddSeconds(Definition.CountdownSeconds)
        : null;
}
