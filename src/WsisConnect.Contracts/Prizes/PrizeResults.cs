namespace WsisConnect.Contracts.Prizes;

/// <summary>A category's totals (hidden until the organisers publish the winners).</summary>
[Wire("wsis.PrizeResults")]
public sealed record PrizeResults(
    [property: WireMember(0)] string CategoryId,
    [property: WireMember(1)] long Votes,
    [property: WireMember(2)] NomineeVotes[] Nominees);

/// <summary>One nominee's votes.</summary>
[Wire("wsis.NomineeVotes")]
public sealed record NomineeVotes(
    [property: WireMember(0)] string NomineeId,
    [property: WireMember(1)] long Votes);
