namespace WsisConnect.Contracts.Outcome;

/// <summary>A session's questions and poll results, for its moderators and the organisers (no askers' names).</summary>
[GenerateSerializer, Immutable, Alias("wsis.SessionOutcome")]
public sealed record SessionOutcome(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] OutcomeQuestion[] Questions,
    [property: Id(3)] OutcomePoll[] Polls);
