using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Outcome;

/// <summary>One session of the agenda with its figures and the results of its polls.</summary>
[Wire("wsis.OutcomeSession")]
public sealed record OutcomeSession(
    [property: WireMember(0)] string SessionId,
    [property: WireMember(1)] string Title,
    [property: WireMember(2)] DateOnly Date,
    [property: WireMember(3)] SessionFormat Format,
    [property: WireMember(4)] SessionStatus Status,
    [property: WireMember(5)] string[] ActionLines,
    [property: WireMember(6)] int[] Sdgs,
    [property: WireMember(7)] OutcomeFigures Figures,
    [property: WireMember(8)] OutcomePoll[] Polls);
