namespace WsisConnect.Contracts.Registration;

/// <summary>A page of the people list and how many people match in all.</summary>
[Wire("wsis.PeoplePage")]
public sealed record PeoplePage(
    [property: WireMember(0)] PersonListing[] People,
    [property: WireMember(1)] int Total);
