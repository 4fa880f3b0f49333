using WsisConnect.Contracts.Polls;

namespace WsisConnect.Contracts.Outcome;

/// <summary>
/// A poll that was opened, with its counts: one result per option (choice and quiz), per value (rating) or per word
/// (word cloud, the 60 most given); open-text answers are counted in the voters but not published.
/// </summary>
[Wire("wsis.OutcomePoll")]
public sealed record OutcomePoll(
    [property: WireMember(0)] string PollId,
    [property: WireMember(1)] string SessionId,
    [property: WireMember(2)] string Question,
    [property: WireMember(3)] PollKind Kind,
    [property: WireMember(4)] PollStatus Status,
    [property: WireMember(5)] int VotersOnSite,
    [property: WireMember(6)] int VotersRemote,
    [property: WireMember(7)] OutcomePollResult[] Results);
