using WsisConnect.Contracts.Polls;

namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// A poll that was opened, with its counts: one result per option (choice and quiz), per value (rating) or per word
/// (word cloud, the 60 most given); open-text answers are counted in the voters but not published.
/// </summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomePoll")]
public sealed record OutcomePoll(
    [property: Id(0)] string PollId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string Question,
    [property: Id(3)] PollKind Kind,
    [property: Id(4)] PollStatus Status,
    [property: Id(5)] int VotersOnSite,
    [property: Id(6)] int VotersRemote,
    [property: Id(7)] OutcomePollResult[] Results);
