namespace WsisConnect.Contracts.Outcome;

/// <summary>A published winner: the nominated project, its organisation and country, and its votes.</summary>
[Wire("wsis.OutcomePrizeWinner")]
public sealed record OutcomePrizeWinner(
    [property: WireMember(0)] string NomineeId,
    [property: WireMember(1)] string Project,
    [property: WireMember(2)] string Organisation,
    [property: WireMember(3)] string Country,
    [property: WireMember(4)] long Votes);
