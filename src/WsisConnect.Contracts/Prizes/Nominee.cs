namespace WsisConnect.Contracts.Prizes;

/// <summary>A project nominated for a WSIS Prize.</summary>
[Wire("wsis.Nominee")]
public sealed record Nominee(
    [property: WireMember(0)] string Id,
    [property: WireMember(1)] string Project,
    [property: WireMember(2)] string Organisation,
    [property: WireMember(3)] string Country);
