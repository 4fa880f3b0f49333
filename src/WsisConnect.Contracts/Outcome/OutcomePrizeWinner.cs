namespace WsisConnect.Contracts.Outcome;

/// <summary>A published winner: the nominated project, its organisation and country, and its votes.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OutcomePrizeWinner")]
public sealed record OutcomePrizeWinner(
    [property: Id(0)] string NomineeId,
    [property: Id(1)] string Project,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Country,
    [property: Id(4)] long Votes);
