namespace WsisConnect.Contracts.Polls;

/// <summary>One person's vote: option indexes (choice and quiz), a rating, or a word-cloud answer.</summary>
[GenerateSerializer, Immutable, Alias("wsis.Ballot")]
public sealed record Ballot(
    [property: Id(0)] int[] Options,
    [property: Id(1)] int? Rating = null,
    [property: Id(2)] string? Text = null);
