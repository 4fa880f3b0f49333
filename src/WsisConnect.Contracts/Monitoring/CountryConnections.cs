namespace WsisConnect.Contracts.Monitoring;

/// <summary>Connections now from one country.</summary>
[Wire("wsis.CountryConnections")]
public sealed record CountryConnections(
    [property: WireMember(0)] string Country,
    [property: WireMember(1)] int Connections);
