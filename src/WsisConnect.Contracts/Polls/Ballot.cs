namespace WsisConnect.Contracts.Polls;

/// <summary>One person's vote: option indexes (choice and quiz), a rating, or a word-cloud answer.</summary>
[Wire("wsis.Ballot")]
public sealed record Ballot(
    [property: WireMember(0)] int[] Options,
    [property: WireMember(1)] int? Rating = null,
    [property: WireMember(2)] string? Text = null);
