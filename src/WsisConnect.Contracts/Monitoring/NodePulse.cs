namespace WsisConnect.Contracts.Monitoring;

/// <summary>The health of one server node, as it last reported.</summary>
/// <param name="Node">The node's silo address.</param>
/// <param name="Connections">Live connections it holds.</param>
/// <param name="CallsInFlight">Hub calls it is running.</param>
/// <param name="StoreMilliseconds">Its last round trip to the store; -1 when the store did not answer.</param>
/// <param name="ReportedAt">When it reported.</param>
[Wire("wsis.NodePulse")]
public sealed record NodePulse(
    [property: WireMember(0)] string Node,
    [property: WireMember(1)] int Connections,
    [property: WireMember(2)] int CallsInFlight,
    [property: WireMember(3)] double StoreMilliseconds,
    [property: WireMember(4)] DateTimeOffset ReportedAt);
