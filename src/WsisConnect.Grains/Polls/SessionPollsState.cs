namespace WsisConnect.Grains.Polls;

/// <summary>Stored state of <see cref="SessionPollsGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.SessionPollsState")]
public sealed class SessionPollsState
{
    /// <summary>The session's poll ids, oldest first.</summary>
    [Id(0)] public List<string> PollIds { get; set; } = [];
}
