namespace WsisConnect.Contracts.Monitoring;

/// <summary>Connections now from one country.</summary>
[GenerateSerializer, Immutable, Alias("wsis.CountryCount")]
public sealed record CountryCount(
    [property: Id(0)] string Country,
    [property: Id(1)] int Connections);
