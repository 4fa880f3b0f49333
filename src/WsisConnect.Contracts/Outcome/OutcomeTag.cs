namespace WsisConnect.Contracts.Outcome;

/// <summary>The sessions carrying one tag: a WSIS action line (<c>C1</c> to <c>C11</c>) or an SDG (<c>1</c> to <c>17</c>).</summary>
[Wire("wsis.OutcomeTag")]
public sealed record OutcomeTag(
    [property: WireMember(0)] string Tag,
    [property: WireMember(1)] OutcomeFigures Figures);
