namespace WsisConnect.Contracts.Prizes;

/// <summary>A category's totals (hidden until the organisers publish the winners).</summary>
[GenerateSerializer, Immutable, Alias("wsis.PrizeResults")]
public sealed record PrizeResults(
    [property: Id(0)] string CategoryId,
    [property: Id(1)] long Votes,
    [property: Id(2)] NomineeVotes[] Nominees);

/// <summary>One nominee's votes.</summary>
[GenerateSerializer, Immutable, Alias("wsis.NomineeVotes")]
public sealed record NomineeVotes(
    [property: Id(0)] string NomineeId,
    [property: Id(1)] long Votes);
