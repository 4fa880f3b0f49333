namespace WsisConnect.Contracts.Outcome;

/// <summary>Votes for one option, rating value or word, on site and remote; <paramref name="Correct"/> marks a quiz's right answer.</summary>
[Wire("wsis.OutcomePollResult")]
public sealed record OutcomePollResult(
    [property: WireMember(0)] string Label,
    [property: WireMember(1)] int OnSite,
    [property: WireMember(2)] int Remote,
    [property: WireMember(3)] bool Correct = false);
