namespace WsisConnect.Contracts.Outcome;

/// <summary>The sessions carrying one tag: a WSIS action line (<c>C1</c> to <c>C11</c>) or an SDG (<c>1</c> to <c>17</c>).</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomeTag")]
public sealed record OutcomeTag(
    [property: Id(0)] string Tag,
    [property: Id(1)] OutcomeFigures Figures);
