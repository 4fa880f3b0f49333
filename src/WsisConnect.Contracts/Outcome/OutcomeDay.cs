namespace WsisConnect.Contracts.Outcome;

/// <summary>One forum day (the sessions' calendar date in Geneva; contacts by the UTC date they were made).</summary>
[Wire("wsis.OutcomeDay")]
public sealed record OutcomeDay(
    [property: WireMember(0)] DateOnly Date,
    [property: WireMember(1)] OutcomeFigures Figures);
