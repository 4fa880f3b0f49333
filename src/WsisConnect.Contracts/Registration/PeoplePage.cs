namespace WsisConnect.Contracts.Registration;

/// <summary>A page of the people list and how many people match in all.</summary>
[GenerateSerializer, Immutable, Alias("wsis.PeoplePage")]
public sealed record PeoplePage(
    [property: Id(0)] PersonListing[] People,
    [property: Id(1)] int Total);
