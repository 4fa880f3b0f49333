namespace WsisConnect.Contracts.Monitoring;

/// <summary>Connections now from one country.</summary>
[GenerateSerializer, Immutable, Alias("wsis.CountryConnections")]
public sealed record CountryConnections(
    [property: Id(0)] string Country,
    [property: Id(1)] int Connections);
