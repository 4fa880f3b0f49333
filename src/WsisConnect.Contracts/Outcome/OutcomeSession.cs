using WsisConnect.Contracts.Agenda;

namespace WsisConnect.Contracts.Outcome;

/// <summary>One session of the agenda with its figures and the results of its polls.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeSession")]
public sealed record OutcomeSession(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] SessionFormat Format,
    [property: Id(4)] SessionStatus Status,
    [property: Id(5)] string[] ActionLines,
    [property: Id(6)] int[] Sdgs,
    [property: Id(7)] OutcomeFigures Figures,
    [property: Id(8)] OutcomePoll[] Polls);
