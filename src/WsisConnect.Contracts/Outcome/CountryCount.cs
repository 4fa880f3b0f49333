namespace WsisConnect.Contracts.Outcome;

/// <summary>Participants from one country (ISO 3166-1 alpha-2), or <c>other</c>: every country with fewer than five in that breakdown.</summary>
[Wire("wsis.CountryCount")]
public sealed record CountryCount(
    [property: WireMember(0)] string Country,
    [property: WireMember(1)] int Participants);
