namespace WsisConnect.Contracts.Prizes;

/// <summary>The acknowledgement of a stored prize vote.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PrizeVoteReceipt")]
public sealed record PrizeVoteReceipt(
    [property: Id(0)] string CategoryId,
    [property: Id(1)] string NomineeId);
