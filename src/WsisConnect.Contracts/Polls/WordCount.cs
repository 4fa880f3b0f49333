namespace WsisConnect.Contracts.Polls;

/// <summary>A word-cloud answer and how often it was given, on site and remote.</summary>
[Wire("wsis.WordCount")]
public sealed record WordCount(
    [property: WireMember(0)] string Word,
    [property: WireMember(1)] int OnSite,
    [property: WireMember(2)] int Remote);
