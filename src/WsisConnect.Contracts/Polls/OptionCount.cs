namespace WsisConnect.Contracts.Polls;

/// <summary>Votes for one option (or rating value), split by where the voters were.</summary>
[GenerateSerializer, Immutable, Alias("wsis.OptionCount")]
public sealed record OptionCount(
    [property: Id(0)] int OnSite,
    [property: Id(1)] int Remote);
