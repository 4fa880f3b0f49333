namespace WsisConnect.Contracts.Outcome;

/// <summary>A session's questions and poll results, for its moderators and the organisers (no askers' names).</summary>
[Wire("wsis.SessionOutcome")]
public sealed record SessionOutcome(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] string Title,
    [property: WireMember(2)] OutcomeQuestion[] Questions,
    [property: WireMember(3)] OutcomePoll[] Polls);
