namespace WsisConnect.Contracts.Monitoring;

/// <summary>Questions asked and poll votes cast in one session over a report's interval.</summary>
[GenerateSerializer, Immutable, Alias("wsis.SessionActivityCount")]
public sealed record SessionActivityCount(
    [property: Id(0)] string SessionId,
    [property: Id(1)] int Questions,
    [property: Id(2)] int Votes);
