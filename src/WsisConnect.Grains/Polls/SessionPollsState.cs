namespace WsisConnect.Grains.Polls;

/// <summary>Stored state of <see cref="SessionPollsGrain"/>.</summary>
[GenerateSerializer, Alias("wsis.SessionPollsState")]
public sealed class SessionPollsState
{
    /// <summary>The session's poll ids, oldest first.</summary>
    [Id(0)] public List<string> PollIds { get; set; } = [];

    /// <summary>The operations that created the latest polls, so a retry of one returns its poll.</summary>
    [Id(1)] public List<PollCreation> CreatedBy { get; set; } = [];
}
