namespace WsisConnect.Contracts.Outcome;

/// <summary>Votes for one option, rating value or word, on site and remote; <paramref name="Correct"/> marks a quiz's right answer.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomePollResult")]
public sealed record OutcomePollResult(
    [property: Id(0)] string Label,
    [property: Id(1)] int OnSite,
    [property: Id(2)] int Remote,
    [property: Id(3)] bool Correct = false);
