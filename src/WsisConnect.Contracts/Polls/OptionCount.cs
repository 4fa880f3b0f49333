namespace WsisConnect.Contracts.Polls;

/// <summary>Votes for one option (or rating value), split by where the voters were.</summary>
[Wire("wsis.OptionCount")]
public sealed record OptionCount(
    [property: WireMember(0)] int OnSite,
    [property: WireMember(1)] int Remote);
