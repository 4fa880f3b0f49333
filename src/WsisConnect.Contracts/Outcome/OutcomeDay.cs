namespace WsisConnect.Contracts.Outcome;

/// <summary>One forum day (the sessions' calendar date in Geneva; contacts by the UTC date they were made).</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeDay")]
public sealed record OutcomeDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] OutcomeFigures Figures);
