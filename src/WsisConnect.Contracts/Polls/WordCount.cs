namespace WsisConnect.Contracts.Polls;

/// <summary>A word-cloud answer and how often it was given, on site and remote.</summary>
[GenerateSerializer, Immutable, Alias("wsis.WordCount")]
public sealed record WordCount(
    [property: Id(0)] string Word,
    [property: Id(1)] int OnSite,
    [property: Id(2)] int Remote);
