namespace WsisConnect.Contracts.Polls;

/// <summary>A poll of a session.</summary>
/// <param name="Id">The poll's id, <c>{sessionId}.p{n}</c>.</param>
/// <param name="Definition">What was prepared; for participants the quiz answer is hidden until the poll closes.</param>
/// <param name="ResultsShown">A moderator showed the results on the room screen before the poll closed.</param>
[GenerateSerializer, Immutable, Alias("wsis.PollDetails")]
public sealed record PollDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string SessionId,
    [property: Id(2)] PollDraft Definition,
    [property: Id(3)] PollStatus Status,
    [property: Id(4)] DateTimeOffset? OpenedAt,
    [property: Id(5)] DateTimeOffset? ClosedAt,
    [property: Id(6)] bool ResultsShown)
{
    /// <summary>Whether participants may see results now.</summary>
    public bool ResultsVisible => Status == PollStatus.Closed || ResultsShown || Definition.Visibility == ResultsVisibility.Live;

    /// <summary>When a quiz stops taking answers.</summary>
    public DateTimeOffset? Deadline => Definition.Kind == PollKind.Quiz && OpenedAt is { } opened
        ? opened.AddSeconds(Definition.CountdownSeconds)
        : null;
}
