namespace WsisConnect.Contracts.Monitoring;

/// <summary>The health of one server node, as it last reported.</summary>
/// <param name="Node">The node's silo address.</param>
/// <param name="Connections">Live connections it holds.</param>
/// <param name="CallsInFlight">Hub calls it is running.</param>
/// <param name="StoreMilliseconds">Its last round trip to the store; -1 when the store did not answer.</param>
/// <param name="ReportedAt">When it reported.</param>
[GenerateSerializer, Immutable, Alias("wsis.NodePulse")]
public sealed record NodePulse(
    [property: Id(0)] string Node,
    [property: Id(1)] int Connections,
    [property: Id(2)] int CallsInFlight,
    [property: Id(3)] double StoreMilliseconds,
    [property: Id(4)] DateTimeOffset ReportedAt);
