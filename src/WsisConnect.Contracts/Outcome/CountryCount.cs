namespace WsisConnect.Contracts.Outcome;

/// <summary>Participants from one country (ISO 3166-1 alpha-2), or <c>other</c>: every country with fewer than five in that breakdown.</summary>
[GenerateSerializer, Immutable, Alias("wsis.CountryCount")]
public sealed record CountryCount(
    [property: Id(0)] string Country,
    [property: Id(1)] int Participants);
