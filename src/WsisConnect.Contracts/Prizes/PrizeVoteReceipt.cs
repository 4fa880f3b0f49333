namespace WsisConnect.Contracts.Prizes;

/// <summary>The acknowledgement of a stored prize vote.</summary>
[Wire("wsis.PrizeVoteReceipt")]
public sealed record PrizeVoteReceipt(
    [property: WireMember(0)] string CategoryId,
    [property: WireMember(1)] string NomineeId);
