namespace WsisConnect.Contracts.Prizes;

/// <summary>A project nominated for a WSIS Prize.</summary>
[GenerateSerializer, Immutable, Alias("wsis.Nominee")]
public sealed record Nominee(
    [property: Id(0)] string Id,
    [property: Id(1)] string Project,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Country);
